package org.moralbase.models.client;

import java.util.Arrays;

/**
 * An API key. {@link #toString()} is always {@code "****"} so a key cannot leak through logs, records or
 * exception messages; only {@link #reveal()} hands out the value, for the Authorization header.
 */
public final class Secret {

    private static final Secret NONE = new Secret(new char[0]);

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Wraps a key; blank keys are rejected (use {@link #none()} for keyless local servers). */
    public static Secret of(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank; use Secret.none() for keyless servers");
        }
        return new Secret(key.strip().toCharArray());
    }

    /** No key: local vLLM, llama.cpp or Ollama without a proxy. */
    public static Secret none() {
        return NONE;
    }

    /** Whether a key is present. */
    public boolean isPresent() {
        return value.length > 0;
    }

    /** The key itself; call only where it must go on the wire. */
    public String reveal() {
        return new String(value);
    }

    /** Replaces every occurrence of this key in {@code text} by {@code "****"}. */
    public String redact(String text) {
        return Redaction.redact(text, this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && Arrays.equals(value, secret.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return Redaction.MASK;
    }
}
