/**
 * The audit log: who did what, when (logins, study changes, exports, deletions). Other features record
 * through {@link org.moralbase.audit.AuditService}; the log is append-only.
 */
package org.moralbase.audit;
