/** The login page and the admin's user management. */
package org.moralbase.security.ui;
