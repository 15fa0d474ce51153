package org.moralbase.moralmachine.format;

import java.util.Objects;

/**
 * Who answered a scenario and where, for the non-design columns of its two rows.
 *
 * @param responseId {@code ResponseID}, shared by the two rows
 * @param extendedSessionId {@code ExtendedSessionID}
 * @param userId {@code UserID} (respondent, or model run)
 * @param scenarioOrder {@code ScenarioOrder}, position in the session (1–13 on the website)
 * @param template {@code Template} (e.g. {@code Desktop}), or {@code null}
 * @param descriptionShown {@code DescriptionShown}, 0 or 1, or {@code null}
 * @param userCountry3 {@code UserCountry3}, ISO alpha-3, or {@code null}
 */
public record ResponseContext(
        String responseId,
        String extendedSessionId,
        String userId,
        int scenarioOrder,
        String template,
        Integer descriptionShown,
        String userCountry3) {

    /** Checks the identifiers. */
    public ResponseContext {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(extendedSessionId, "extendedSessionId");
        Objects.requireNonNull(userId, "userId");
        if (scenarioOrder < 0) {
            throw new IllegalArgumentException("scenarioOrder must be non-negative, got " + scenarioOrder);
        }
        if (descriptionShown != null && descriptionShown != 0 && descriptionShown != 1) {
            throw new IllegalArgumentException("descriptionShown must be 0 or 1, got " + descriptionShown);
        }
    }
}
