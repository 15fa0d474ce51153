package org.moralbase.base;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Fresh random seeds and codes. Every randomised thing (a study's scenarios, a session's order) draws from a
 * stored seed, so it can be replayed; only the seeds themselves come from here.
 */
@Component
public class SeedSource {

    private static final String CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();

    /** A new non-negative seed for a study or a session (generators take seeds and session indices ≥ 0). */
    public long nextSeed() {
        return random.nextLong() & Long.MAX_VALUE;
    }

    /** A random code of the given length from letters and digits that are hard to confuse. */
    public String nextCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
