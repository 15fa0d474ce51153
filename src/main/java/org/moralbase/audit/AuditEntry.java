package org.moralbase.audit;

import java.time.Instant;

/** One line of the audit log, as shown to admins. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String targetType,
        String targetId,
        String detail) {}
