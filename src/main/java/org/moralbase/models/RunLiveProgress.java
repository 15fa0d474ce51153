package org.moralbase.models;

import java.time.Duration;

/**
 * A run's progress as stored so far.
 *
 * @param status where the run stands
 * @param total prompts in the run
 * @param stored outcomes stored
 * @param answered stored outcomes with an answer
 * @param valid answers naming exactly one case
 * @param ratePerSecond outcomes stored per second since this server (re)started the run, 0 when idle
 * @param estimatedRemaining at that rate, or {@code null} when unknown
 */
public record RunLiveProgress(
        RunStatus status,
        int total,
        long stored,
        long answered,
        long valid,
        double ratePerSecond,
        Duration estimatedRemaining) {

    /** Valid answers over all stored outcomes (methods §1.4), NaN before the first. */
    public double validRate() {
        return stored == 0 ? Double.NaN : (double) valid / stored;
    }

    /** Share of the prompts with an outcome. */
    public double fractionDone() {
        return total == 0 ? 1 : (double) stored / total;
    }
}
