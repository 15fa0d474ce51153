package org.moralbase.utility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings document of a UTILITY study (missing fields take the defaults; docs/methods.md, "Utilities from pairwise preferences").
 *
 * @param pairsPerParticipant how many pairs one participant answers, anchors included
 * @param anchors how many fixed pairs every participant answers (to measure each one's consistency with the crowd)
 * @param halfVoteWhenUnparseable whether a model answer naming neither option counts half a vote each way (the
 *     paper's default) instead of being dropped (ours)
 * @param consentText the consent text, or null for the standard one
 */
public record UtilitySettings(
        @Min(value = 2, message = PAIRS) @Max(value = 200, message = PAIRS)
        int pairsPerParticipant,

        @Min(value = 0, message = ANCHORS) @Max(value = 20, message = ANCHORS)
        int anchors,

        boolean halfVoteWhenUnparseable,
        String consentText) {

    static final String PAIRS = "Pairs per participant: 2 to 200";
    static final String ANCHORS = "Anchor pairs: 0 to 20, fewer than the pairs per participant";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Checks the counts. */
    public UtilitySettings {
        if (pairsPerParticipant < 2 || pairsPerParticipant > 200) {
            throw new IllegalArgumentException(PAIRS);
        }
        if (anchors < 0 || anchors > 20 || anchors >= pairsPerParticipant) {
            throw new IllegalArgumentException(ANCHORS);
        }
    }

    /** Twenty pairs, three of them anchors, unparseable model answers dropped. */
    public static UtilitySettings defaults() {
        return new UtilitySettings(20, 3, false, null);
    }

    /** Reads the study's settings; null or blank gives the defaults. */
    public static UtilitySettings fromJson(String json) {
        if (json == null || json.isBlank()) {
            return defaults();
        }
        Partial p = JSON.readValue(json, Partial.class);
        UtilitySettings d = defaults();
        return new UtilitySettings(
                p.pairsPerParticipant() == null ? d.pairsPerParticipant() : p.pairsPerParticipant(),
                p.anchors() == null ? d.anchors() : p.anchors(),
                p.halfVoteWhenUnparseable() != null && p.halfVoteWhenUnparseable(),
                p.consentText());
    }

    /** The JSON document stored with the study. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** How unparseable model answers were counted, in words for every report. */
    public String unparseableRule() {
        return halfVoteWhenUnparseable
                ? "unparseable model answers count half a vote each way (Mazeika et al.'s default)"
                : "unparseable model answers are dropped";
    }

    private record Partial(
            Integer pairsPerParticipant, Integer anchors, Boolean halfVoteWhenUnparseable, String consentText) {}
}
