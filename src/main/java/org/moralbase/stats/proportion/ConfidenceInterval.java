package org.moralbase.stats.proportion;

/**
 * A two-sided confidence interval [low, high] at a stated confidence level.
 *
 * @param low lower bound
 * @param high upper bound
 * @param level confidence level in (0, 1), e.g. 0.95
 */
public record ConfidenceInterval(double low, double high, double level) {

    /** Checks low ≤ high and 0 < level < 1. */
    public ConfidenceInterval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("low " + low + " must not exceed high " + high);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }
}
