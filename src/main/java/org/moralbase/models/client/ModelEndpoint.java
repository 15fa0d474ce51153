package org.moralbase.models.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to ask one model. {@code toString()} is safe to log: the key prints as {@code "****"}.
 *
 * @param kind the wire protocol
 * @param baseUrl e.g. {@code https://api.openai.com/v1} (OpenAI-compatible) or {@code http://localhost:11434}
 *     (Ollama native)
 * @param modelId the provider's model name, e.g. {@code gpt-4o-2024-08-06}
 * @param apiKey the key, or {@link Secret#none()}
 * @param sampling temperature, top-p, max tokens and seed
 * @param timeout per request, at least 1 ms
 * @param systemPromptOverride replaces the system prompt of every call when not {@code null} (for models
 *     that take no system role, or ablations)
 */
public record ModelEndpoint(
        ProviderKind kind,
        URI baseUrl,
        String modelId,
        Secret apiKey,
        Sampling sampling,
        Duration timeout,
        String systemPromptOverride) {

    /** Checks that everything but the override is present and the URL is http(s). */
    public ModelEndpoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey (use Secret.none() for keyless servers)");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = baseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("baseUrl must be http or https, was " + baseUrl);
        }
        if (baseUrl.getUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not carry credentials; pass the key as apiKey");
        }
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("modelId must not be blank");
        }
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 ms, was " + timeout);
        }
    }

    /** An endpoint with server-default sampling, a 60 s timeout and no system prompt override. */
    public static ModelEndpoint of(ProviderKind kind, String baseUrl, String modelId, Secret apiKey) {
        return new ModelEndpoint(
                kind, URI.create(baseUrl), modelId, apiKey, Sampling.serverDefaults(), Duration.ofSeconds(60), null);
    }

    /** A copy with other sampling settings. */
    public ModelEndpoint withSampling(Sampling value) {
        return new ModelEndpoint(kind, baseUrl, modelId, apiKey, value, timeout, systemPromptOverride);
    }

    /** A copy with another request timeout. */
    public ModelEndpoint withTimeout(Duration value) {
        return new ModelEndpoint(kind, baseUrl, modelId, apiKey, sampling, value, systemPromptOverride);
    }

    /** A copy whose calls all use this system prompt. */
    public ModelEndpoint withSystemPromptOverride(String value) {
        return new ModelEndpoint(kind, baseUrl, modelId, apiKey, sampling, timeout, value);
    }
}
