package org.moralbase.models.client;

import java.util.regex.Pattern;

/** Removes API keys from text that may be shown, logged or stored (error bodies echo keys back). */
public final class Redaction {

    /** What a key is replaced by. */
    public static final String MASK = "****";

    // keys we were never told about still hide behind "Bearer …" in echoed request headers
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");

    private Redaction() {}

    /**
     * Returns {@code text} with every occurrence of each present secret, and any {@code Bearer <token>},
     * replaced by {@link #MASK}; {@code null} stays {@code null}.
     */
    public static String redact(String text, Secret... secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Secret secret : secrets) {
            if (secret != null && secret.isPresent()) {
                result = result.replace(secret.reveal(), MASK);
            }
        }
        return BEARER.matcher(result).replaceAll("$1" + MASK);
    }
}
