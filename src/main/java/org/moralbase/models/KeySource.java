package org.moralbase.models;

/** Where a registered model's API key comes from. */
public enum KeySource {
    /** Keyless server (local vLLM, llama.cpp, Ollama). */
    NONE,
    /** Read at call time from an environment variable named {@code MORALBASE_KEY_…}. */
    ENV_VAR,
    /** Stored AES-GCM encrypted under {@code MORALBASE_SECRET_KEY}. */
    STORED
}
