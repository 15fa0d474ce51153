package org.moralbase.questionnaire;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.moralbase.questionnaire.format.Scales;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings document of a QUESTIONNAIRE study (missing fields take the defaults; docs/methods.md,
 * "Questionnaires").
 *
 * @param shuffleWithinBlocks whether each session gets the items of each block in its own random order
 * @param maxAttentionFailures failed attention items that screen a participant out
 * @param scales the study's own scales, one per line as {@code name=label 1|…|label k}, or null
 * @param consentText the consent text, or null for the standard one
 */
public record QuestionnaireSettings(
        boolean shuffleWithinBlocks,

        @Min(value = 1, message = FAILURES) @Max(value = 20, message = FAILURES)
        int maxAttentionFailures,

        String scales,
        String consentText) {

    static final String FAILURES = "Failed attention items that end a session: 1 to 20";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Checks the count and the scales. */
    public QuestionnaireSettings {
        if (maxAttentionFailures < 1 || maxAttentionFailures > 20) {
            throw new IllegalArgumentException(FAILURES);
        }
        Scales.of(scales);
    }

    /** Shuffled within blocks, screened out at the first failed attention item, the built-in scales only. */
    public static QuestionnaireSettings defaults() {
        return new QuestionnaireSettings(true, 1, null, null);
    }

    /** Reads the study's settings; null or blank gives the defaults. */
    public static QuestionnaireSettings fromJson(String json) {
        if (json == null || json.isBlank()) {
            return defaults();
        }
        Partial p = JSON.readValue(json, Partial.class);
        QuestionnaireSettings d = defaults();
        return new QuestionnaireSettings(
                p.shuffleWithinBlocks() == null ? d.shuffleWithinBlocks() : p.shuffleWithinBlocks(),
                p.maxAttentionFailures() == null ? d.maxAttentionFailures() : p.maxAttentionFailures(),
                p.scales(),
                p.consentText());
    }

    /** The JSON document stored with the study. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The scales items may name. */
    public Scales scaleBook() {
        return Scales.of(scales);
    }

    private record Partial(
            Boolean shuffleWithinBlocks, Integer maxAttentionFailures, String scales, String consentText) {}
}
