package org.moralbase.models;

import java.time.LocalDate;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.client.Sampling;

/**
 * A registry model as views show it: never the key, only where it comes from and whether one is set.
 *
 * @param kind the wire protocol, or {@code null} for an entry without an endpoint
 * @param keySet whether a stored key exists (shown as "•••• set")
 * @param imported whether an import of answers created the entry
 * @param askable whether it has an endpoint, so runs can ask it
 * @param ownerId the account that registered it (decision 0038)
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
        boolean keySet,
        boolean imported,
        boolean askable,
        long ownerId) {}
