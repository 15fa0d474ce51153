package org.moralbase.dvb;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings document of a DEEP_VALUE study (stored as the study's settings JSON; missing fields take the
 * defaults).
 *
 * @param trialsPerParticipant the cap: test trials one participant answers (attention checks come on top)
 * @param attentionChecks obvious trials mixed in, spread evenly over the session
 * @param maxAttentionFailures failed checks that screen a participant out
 * @param abandonAfterMinutes a session with no answer for this long gives its unanswered slots back
 * @param comprehension whether the comprehension question is asked after the worked example
 * @param quotaPerCondition trial slots per condition (N, value set, context); null for no limit
 * @param consentText the consent text, or null for the standard one
 */
public record DvbSettings(
        @Min(value = 1, message = TRIALS) @Max(value = 200, message = TRIALS)
        int trialsPerParticipant,

        @Min(value = 0, message = CHECKS) @Max(value = 20, message = CHECKS)
        int attentionChecks,

        @Min(value = 1, message = FAILURES) @Max(value = 20, message = FAILURES)
        int maxAttentionFailures,

        @Min(value = 1, message = ABANDON) @Max(value = 1440, message = ABANDON)
        int abandonAfterMinutes,

        boolean comprehension,

        @Min(value = 1, message = QUOTA) @Max(value = 100_000, message = QUOTA)
        Integer quotaPerCondition,

        String consentText) {

    static final String TRIALS = "Trials per participant: 1 to 200";
    static final String CHECKS = "Attention checks: 0 to 20";
    static final String FAILURES = "Failed checks before screen-out: 1 to 20";
    static final String ABANDON = "Abandoned after: 1 to 1440 minutes";
    static final String QUOTA = "Quota per condition: 1 to 100000, or empty for no limit";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Checks the ranges; messages name the field. */
    public DvbSettings {
        if (trialsPerParticipant < 1 || trialsPerParticipant > 200) {
            throw new IllegalArgumentException(TRIALS);
        }
        if (attentionChecks < 0 || attentionChecks > 20) {
            throw new IllegalArgumentException(CHECKS);
        }
        if (maxAttentionFailures < 1) {
            throw new IllegalArgumentException(FAILURES);
        }
        if (abandonAfterMinutes < 1) {
            throw new IllegalArgumentException(ABANDON);
        }
        if (quotaPerCondition != null && quotaPerCondition < 1) {
            throw new IllegalArgumentException(QUOTA);
        }
    }

    /** Six trials, one attention check, screen-out at the first failure, 30 minutes, comprehension asked. */
    public static DvbSettings defaults() {
        return new DvbSettings(6, 1, 1, 30, true, null, null);
    }

    /** Reads the study's settings; null or blank gives the defaults, missing fields their default. */
    public static DvbSettings fromJson(String json) {
        if (json == null || json.isBlank()) {
            return defaults();
        }
        Partial p = JSON.readValue(json, Partial.class);
        DvbSettings d = defaults();
        return new DvbSettings(
                p.trialsPerParticipant() == null ? d.trialsPerParticipant() : p.trialsPerParticipant(),
                p.attentionChecks() == null ? d.attentionChecks() : p.attentionChecks(),
                p.maxAttentionFailures() == null ? d.maxAttentionFailures() : p.maxAttentionFailures(),
                p.abandonAfterMinutes() == null ? d.abandonAfterMinutes() : p.abandonAfterMinutes(),
                p.comprehension() == null ? d.comprehension() : p.comprehension(),
                p.quotaPerCondition(),
                p.consentText());
    }

    /** The JSON document stored with the study. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    private record Partial(
            Integer trialsPerParticipant,
            Integer attentionChecks,
            Integer maxAttentionFailures,
            Integer abandonAfterMinutes,
            Boolean comprehension,
            Integer quotaPerCondition,
            String consentText) {}
}
