package org.moralbase.models;

import java.time.LocalDate;

/**
 * A registry model as views show it: never the key, only where it comes from and whether one is set.
 *
 * @param keySet whether a stored key exists (shown as "•••• set")
 */
public record ModelSummary(
        long id,
        String name,
        String family,
        Double parametersBillions,
        boolean reasoning,
        LocalDate releaseDate,
        ProviderKind kind,
        String baseUrl,
        String modelId,
        Sampling sampling,
        int timeoutSeconds,
        String systemPromptOverride,
        KeySource keySource,
        String keyEnvVar,
        boolean keySet) {}
