/** The researcher's own API tokens page (under the account entries of the menu, beside Password). */
package org.moralbase.api.ui;
