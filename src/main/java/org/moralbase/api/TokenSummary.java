package org.moralbase.api;

import java.time.Instant;

/**
 * A token as its owner's list shows it.
 *
 * @param prefix the token's first characters, to tell it apart from the others
 * @param revokedAt when it was revoked, or {@code null}
 * @param lastUsedAt its latest use (to the minute), or {@code null}
 */
public record TokenSummary(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        boolean usable) {}
