package org.moralbase.security;

import java.time.Instant;
import java.util.Set;

/** An account as the admin page shows it. Never carries the password hash. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Set<String> roles,
        boolean enabled,
        boolean locked,
        Instant createdAt,
        boolean twoFactor) {}
