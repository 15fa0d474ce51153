package org.moralbase.api;

import java.time.Instant;

/**
 * A token just made: the only time its secret is seen; only its SHA-256 is stored.
 *
 * @param token the secret to send as {@code Authorization: Bearer <token>}
 */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {

    @Override
    public String toString() {
        // never log the secret
        return "IssuedToken[" + id + ", " + name + "]";
    }
}
