package org.moralbase.participation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The two ids a session gets (docs/decisions/0024-session-token-and-pseudonym.md): a secret token of 256 random
 * bits for the participant's address and cookie, and an unrelated random pseudonymous id for exports and
 * researchers' pages. Neither is derived from the other.
 */
final class SessionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionTokens() {}

    /** 43 URL-safe characters carrying 256 random bits. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A random (version 4) UUID, drawn independently of the token. */
    static String newPseudonym() {
        return UUID.randomUUID().toString();
    }
}
