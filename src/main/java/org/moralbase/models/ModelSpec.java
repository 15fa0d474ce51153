package org.moralbase.models;

import java.time.LocalDate;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.client.Sampling;

/**
 * What a researcher enters for a registry model.
 *
 * @param name display name, unique, e.g. {@code Llama 3.1 8B Instruct}
 * @param family free text; {@code stats.scaling.ModelFamily.of(name)} is the suggestion
 * @param parametersBillions size S in billions, or {@code null} when unknown
 * @param reasoning whether it is a reasoning model (methods §3)
 * @param releaseDate or {@code null}
 * @param kind the wire protocol
 * @param baseUrl e.g. {@code https://api.openai.com/v1}
 * @param modelId the provider's model name
 * @param sampling sampling settings
 * @param timeoutSeconds per request, 1–3600
 * @param systemPromptOverride or {@code null}
 * @param keySource where the key comes from
 * @param keyEnvVar with {@link KeySource#ENV_VAR}: a name {@code MORALBASE_KEY_…}
 * @param newKey with {@link KeySource#STORED}: a new key to encrypt, or {@code null} to keep the stored one
 */
public record ModelSpec(
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
        String newKey) {

    @Override
    public String toString() {
        // a record's default toString would print the new key
        return "ModelSpec[" + name + ", " + kind + " " + baseUrl + " " + modelId + ", key " + keySource + "]";
    }
}
