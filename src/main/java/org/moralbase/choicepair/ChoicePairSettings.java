package org.moralbase.choicepair;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings document of a CHOICE_PAIR study (missing fields take the defaults).
 *
 * @param trialsPerParticipant the cap of items one participant answers
 * @param allowUndecided whether "I cannot decide" is offered
 * @param askReason whether a free-text reason field is shown (optional to fill in)
 * @param consentText the consent text, or null for the standard one
 */
public record ChoicePairSettings(
        @Min(value = 1, message = ITEMS) @Max(value = 500, message = ITEMS)
        int trialsPerParticipant,

        boolean allowUndecided,
        boolean askReason,
        String consentText) {

    static final String ITEMS = "Items per participant: 1 to 500";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Checks the cap. */
    public ChoicePairSettings {
        if (trialsPerParticipant < 1 || trialsPerParticipant > 500) {
            throw new IllegalArgumentException(ITEMS);
        }
    }

    /** Ten items, "cannot decide" offered, no reason asked. */
    public static ChoicePairSettings defaults() {
        return new ChoicePairSettings(10, true, false, null);
    }

    /** Reads the study's settings; null or blank gives the defaults. */
    public static ChoicePairSettings fromJson(String json) {
        if (json == null || json.isBlank()) {
            return defaults();
        }
        Partial p = JSON.readValue(json, Partial.class);
        ChoicePairSettings d = defaults();
        return new ChoicePairSettings(
                p.trialsPerParticipant() == null ? d.trialsPerParticipant() : p.trialsPerParticipant(),
                p.allowUndecided() == null ? d.allowUndecided() : p.allowUndecided(),
                p.askReason() == null ? d.askReason() : p.askReason(),
                p.consentText());
    }

    /** The JSON document stored with the study. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    private record Partial(
            Integer trialsPerParticipant, Boolean allowUndecided, Boolean askReason, String consentText) {}
}
