package org.moralbase.models;

import java.time.Instant;

/**
 * One prompt's stored outcome.
 *
 * @param runId the run
 * @param promptIndex 0-based position in the run's prompt list (scenario index × samples + sample)
 * @param scenarioIndex 0-based scenario of the run (the AMCE cluster), or the item's position in an item run
 * @param sample 0-based sample of that scenario
 * @param scenario the scenario as {@code ShownScenario} JSON (asked runs) or its two {@code SharedResponses}
 *     rows as CSV (imported runs); empty for item runs
 * @param rawText the model's answer, redacted, or {@code null} when no answer came
 * @param chosenCase 1 or 2 for a valid answer (the case, or the option by position: 1 = "Option A"), else 0
 * @param valid whether exactly one case was named (methods §1.4)
 * @param failure the final failure, or {@code null} when answered
 * @param attempts HTTP attempts made
 * @param errorDetail every failed attempt, redacted, one per line, or {@code null}
 * @param latencyMillis the answering exchange's wall time, or {@code null}
 * @param storedAt when the outcome arrived
 * @param itemKey the study item asked (item runs), or {@code null} for a Moral Machine scenario
 * @param shownOrder "AB" or "BA": whether the item's options were shown as written or swapped (item runs)
 */
public record StoredAnswer(
        long runId,
        int promptIndex,
        int scenarioIndex,
        int sample,
        String scenario,
        String rawText,
        int chosenCase,
        boolean valid,
        FailureType failure,
        int attempts,
        String errorDetail,
        Long latencyMillis,
        Instant storedAt,
        String itemKey,
        String shownOrder) {

    /** An outcome of a Moral Machine run (no item). */
    public StoredAnswer(
            long runId,
            int promptIndex,
            int scenarioIndex,
            int sample,
            String scenario,
            String rawText,
            int chosenCase,
            boolean valid,
            FailureType failure,
            int attempts,
            String errorDetail,
            Long latencyMillis,
            Instant storedAt) {
        this(
                runId,
                promptIndex,
                scenarioIndex,
                sample,
                scenario,
                rawText,
                chosenCase,
                valid,
                failure,
                attempts,
                errorDetail,
                latencyMillis,
                storedAt,
                null,
                null);
    }

    /** The item option the answer chose ("A" or "B", after undoing a swap), or {@code null} if none. */
    public String chosenOption() {
        return itemKey == null || !valid ? null : option(chosenCase, shownOrder);
    }

    /** The item option ("A" or "B") of the option chosen at {@code position} (1 or 2) in this shown order. */
    public static String option(int position, String shownOrder) {
        return (position == 1) == "AB".equals(shownOrder) ? "A" : "B";
    }
}
