package org.moralbase.models.client;

import java.time.Duration;

/**
 * A snapshot of a run.
 *
 * @param total prompts in the run
 * @param answered outcomes with an answer
 * @param failed outcomes with a final failure other than cancellation
 * @param cancelled outcomes cancelled
 * @param inFlight prompts being asked (or backing off) now
 * @param paused whether new prompts are held back
 * @param ratePerSecond answered + failed per second of wall time since the start
 * @param estimatedRemaining time to finish the rest at that rate, or {@code null} while the rate is 0
 */
public record RunProgress(
        int total,
        int answered,
        int failed,
        int cancelled,
        int inFlight,
        boolean paused,
        double ratePerSecond,
        Duration estimatedRemaining) {

    /** Outcomes reported so far. */
    public int finished() {
        return answered + failed + cancelled;
    }

    /** Prompts not yet started. */
    public int pending() {
        return total - finished() - inFlight;
    }
}
