/** The admin's view of the audit log. */
package org.moralbase.audit.ui;
