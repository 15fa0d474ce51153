/** Researcher pages of Moral Machine studies: settings, live results, export and import. */
package org.moralbase.moralmachine.ui;
