package org.moralbase.models.client;

/** Which wire protocol an endpoint speaks. */
public enum ProviderKind {
    /** {@code POST {baseUrl}/chat/completions}: OpenAI, vLLM, llama.cpp server, OpenRouter, DeepSeek, Ollama's /v1. */
    OPENAI_COMPATIBLE("OpenAI-compatible"),
    /** Ollama's native {@code POST {baseUrl}/api/chat}. */
    OLLAMA("Ollama (native API)");

    private final String label;

    ProviderKind(String label) {
        this.label = label;
    }

    /** The name researchers see. */
    public String label() {
        return label;
    }
}
