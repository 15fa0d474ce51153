package org.moralbase.models;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.client.Sampling;

/**
 * What a researcher enters for a registry model, one component per field of the model form. The annotations are
 * the form's rules; {@link ModelRegistryService} checks the same rules, with the same messages, on what it receives.
 *
 * @param name display name, unique, e.g. {@code Llama 3.1 8B Instruct}
 * @param family free text; {@code stats.scaling.ModelFamily.of(name)} is the suggestion
 * @param parametersBillions size S in billions, or {@code null} when unknown
 * @param reasoning whether it is a reasoning model (methods §3)
 * @param releaseDate or {@code null}
 * @param kind the wire protocol, or {@code null} for an entry whose answers are imported
 * @param baseUrl e.g. {@code https://api.openai.com/v1}
 * @param modelId the provider's model name
 * @param temperature 0–2, or {@code null} for the server's default
 * @param topP in (0, 1], or {@code null}
 * @param maxTokens at least 1, or {@code null}
 * @param seed a sampling seed for servers that honour it, or {@code null}
 * @param timeoutSeconds per request, 1–3600
 * @param systemPromptOverride or {@code null}
 * @param keySource where the key comes from
 * @param keyEnvVar with {@link KeySource#ENV_VAR}: a name {@code MORALBASE_KEY_…}
 * @param newKey with {@link KeySource#STORED}: a new key to encrypt, or {@code null} to keep the stored one
 */
public record ModelSpec(
        @NotBlank(message = NAME) @Size(max = 255, message = NAME)
        String name,

        @Size(max = 255, message = FAMILY) String family,
        @Positive(message = PARAMETERS) Double parametersBillions,
        boolean reasoning,
        LocalDate releaseDate,
        ProviderKind kind,

        @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE, message = BASE_URL)
        String baseUrl,

        @Size(max = 255, message = MODEL_ID) String modelId,

        @DecimalMin(value = "0", message = TEMPERATURE) @DecimalMax(value = "2", message = TEMPERATURE)
        Double temperature,

        @DecimalMin(value = "0", inclusive = false, message = TOP_P) @DecimalMax(value = "1", message = TOP_P)
        Double topP,

        @Min(value = 1, message = MAX_TOKENS) Integer maxTokens,
        Integer seed,

        @Min(value = 1, message = TIMEOUT) @Max(value = 3600, message = TIMEOUT)
        int timeoutSeconds,

        String systemPromptOverride,
        @NotNull(message = KEY_SOURCE) KeySource keySource,
        String keyEnvVar,
        String newKey) {

    static final String NAME = "Name: 1–255 characters";
    static final String FAMILY = "Family: at most 255 characters";
    static final String PARAMETERS = "Parameters: a positive number of billions, or empty";
    static final String BASE_URL = "Base URL: an http or https address, e.g. https://api.openai.com/v1";
    static final String MODEL_ID = "Model id: the provider's name for the model, e.g. gpt-4o (at most 255 characters)";
    static final String TEMPERATURE = "Temperature: 0 to 2, or empty for the server's default";
    static final String TOP_P = "Top-p: more than 0 and at most 1, or empty for the server's default";
    static final String MAX_TOKENS = "Max tokens: at least 1, or empty for the server's default";
    static final String TIMEOUT = "Timeout: 1 to 3600 seconds";
    static final String KEY_SOURCE = "API key: choose where the key comes from";

    /** The sampling settings; a value out of range is refused naming its field. */
    public Sampling sampling() {
        check(temperature == null || (temperature >= 0 && temperature <= 2), TEMPERATURE);
        check(topP == null || (topP > 0 && topP <= 1), TOP_P);
        check(maxTokens == null || maxTokens >= 1, MAX_TOKENS);
        return new Sampling(temperature, topP, maxTokens, seed);
    }

    /** A model's settings as the form shows them for editing (a stored key stays where it is). */
    public static ModelSpec of(ModelSummary m) {
        Sampling s = m.sampling();
        return new ModelSpec(
                m.name(),
                m.family(),
                m.parametersBillions(),
                m.reasoning(),
                m.releaseDate(),
                m.kind(),
                m.baseUrl(),
                m.modelId(),
                s.temperature(),
                s.topP(),
                s.maxTokens(),
                s.seed(),
                m.timeoutSeconds(),
                m.systemPromptOverride(),
                m.keySource(),
                m.keyEnvVar(),
                null);
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        // a record's default toString would print the new key
        return "ModelSpec[" + name + ", " + kind + " " + baseUrl + " " + modelId + ", key " + keySource + "]";
    }
}
