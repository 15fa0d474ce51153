package org.moralbase.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A login whose password was right and whose second-factor code is still due, kept in the HTTP session under
 * {@link #ATTRIBUTE} in place of a signed-in security context: the session is anonymous until the code is right.
 */
public record PendingLogin(long accountId, String username, Instant since) implements Serializable {

    /** The session attribute. */
    public static final String ATTRIBUTE = PendingLogin.class.getName();

    /** How long the code may take after the password. */
    static final java.time.Duration VALID = java.time.Duration.ofMinutes(5);
}
