package org.moralbase.models;

import java.time.Instant;

/**
 * One prompt's stored outcome, for every kind of study (decision 0012).
 *
 * @param runId the run
 * @param promptIndex 0-based position in the run's prompt list
 * @param itemIndex 0-based position of the item in the run's items (for Moral Machine the AMCE cluster)
 * @param sample 0-based sample of that item and order
 * @param itemKey the item asked ({@code s1}, {@code s2}, … for Moral Machine scenarios)
 * @param shownOrder "AB" (as written) or "BA" (swapped); {@code null} when an imported answer did not say
 * @param shown what the kind kept to read the answer later (e.g. the scenario as JSON), or {@code null}
 * @param rawText the model's answer, redacted, or {@code null} when no answer came
 * @param chosenPosition 1 or 2 for the option shown first or second, 0 for an invalid answer or none
 * @param valid whether exactly one option was named (methods §1.4)
 * @param failure why no answer came ({@code RATE_LIMITED}, {@code TIMEOUT}, …), or {@code null} when answered
 * @param attempts HTTP attempts made
 * @param errorDetail every failed attempt, redacted, one per line, or {@code null}
 * @param latencyMillis the answering exchange's wall time, or {@code null}
 * @param storedAt when the outcome arrived
 */
public record RunAnswer(
        long runId,
        int promptIndex,
        int itemIndex,
        int sample,
        String itemKey,
        String shownOrder,
        String shown,
        String rawText,
        int chosenPosition,
        boolean valid,
        String failure,
        int attempts,
        String errorDetail,
        Long latencyMillis,
        Instant storedAt) {

    /** The failure of imported rows whose call, the file says, did not succeed. */
    public static final String NO_ANSWER = "NO_ANSWER";

    /** The item's option the answer chose ("A" or "B", a swap undone), or {@code null} if none. */
    public String chosenOption() {
        return valid ? option(chosenPosition, shownOrder) : null;
    }

    /** The item's option ("A" or "B") at {@code position} (1 or 2) in this order ({@code null}: as written). */
    public static String option(int position, String shownOrder) {
        return (position == 1) == !"BA".equals(shownOrder) ? "A" : "B";
    }

    /** The position (1 or 2) of the item's option {@code option} ("A" or "B") in this order. */
    public static int position(String option, String shownOrder) {
        return "A".equals(option) == !"BA".equals(shownOrder) ? 1 : 2;
    }
}
