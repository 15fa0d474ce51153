package org.moralbase.stats.choice;

/**
 * One item's decided counts from people and from a model.
 *
 * @param humanA people choosing option A
 * @param humanB people choosing option B
 * @param modelA parseable model answers choosing A (both option orders pooled)
 * @param modelB parseable model answers choosing B
 */
public record ChoiceCounts(int humanA, int humanB, int modelA, int modelB) {

    /** Checks every count is non-negative. */
    public ChoiceCounts {
        if (humanA < 0 || humanB < 0 || modelA < 0 || modelB < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
    }
}
