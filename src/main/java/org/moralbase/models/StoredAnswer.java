package org.moralbase.models;

import java.time.Instant;

/**
 * One prompt's stored outcome.
 *
 * @param runId the run
 * @param promptIndex 0-based position in the run's prompt list (scenario index × samples + sample)
 * @param scenarioIndex 0-based scenario of the run (the AMCE cluster)
 * @param sample 0-based sample of that scenario
 * @param scenario the scenario as {@code ShownScenario} JSON (asked runs) or its two {@code SharedResponses}
 *     rows as CSV (imported runs)
 * @param rawText the model's answer, redacted, or {@code null} when no answer came
 * @param chosenCase 1 or 2 for a valid answer, else 0
 * @param valid whether exactly one case was named (methods §1.4)
 * @param failure the final failure, or {@code null} when answered
 * @param attempts HTTP attempts made
 * @param errorDetail every failed attempt, redacted, one per line, or {@code null}
 * @param latencyMillis the answering exchange's wall time, or {@code null}
 * @param storedAt when the outcome arrived
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
        Instant storedAt) {}
