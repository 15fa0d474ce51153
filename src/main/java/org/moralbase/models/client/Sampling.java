package org.moralbase.models.client;

/**
 * Sampling settings sent with every request; each is optional ({@code null} = the server's default).
 *
 * @param temperature 0 or more (Takemoto used the providers' defaults or 0)
 * @param topP in (0, 1]
 * @param maxTokens at least 1; reasoning models need room for their {@code <think>} block
 * @param seed for servers that honour it (OpenAI best effort, vLLM, llama.cpp, Ollama)
 */
public record Sampling(Double temperature, Double topP, Integer maxTokens, Integer seed) {

    /** Checks the ranges of the values that are set. */
    public Sampling {
        if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
        }
        if (topP != null && !(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], was " + topP);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
    }

    /** Nothing set: every value is the server's default. */
    public static Sampling serverDefaults() {
        return new Sampling(null, null, null, null);
    }

    /** A copy with the temperature set. */
    public Sampling withTemperature(double value) {
        return new Sampling(value, topP, maxTokens, seed);
    }

    /** A copy with top-p set. */
    public Sampling withTopP(double value) {
        return new Sampling(temperature, value, maxTokens, seed);
    }

    /** A copy with the output token limit set. */
    public Sampling withMaxTokens(int value) {
        return new Sampling(temperature, topP, value, seed);
    }

    /** A copy with the seed set. */
    public Sampling withSeed(int value) {
        return new Sampling(temperature, topP, maxTokens, value);
    }
}
