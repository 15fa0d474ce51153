package org.moralbase.models;

/** Where a registered model's API key comes from. */
public enum KeySource {
    /** Keyless server (local vLLM, llama.cpp, Ollama). */
    NONE("No key"),
    /** Read at call time from an environment variable named {@code MORALBASE_KEY_…}. */
    ENV_VAR("Environment variable"),
    /** Stored AES-GCM encrypted under {@code MORALBASE_SECRET_KEY}. */
    STORED("Store encrypted");

    private final String label;

    KeySource(String label) {
        this.label = label;
    }

    /** The name researchers see. */
    public String label() {
        return label;
    }
}
