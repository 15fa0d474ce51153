package org.moralbase.stats.questionnaire;

/**
 * A mean difference with its bootstrap percentile interval ({@link MeanDifference}).
 *
 * @param difference x̄_a − x̄_b on the full samples
 * @param ciLow the (1 − level)/2 type-7 quantile of the replicate differences
 * @param ciHigh the (1 + level)/2 quantile
 * @param level the confidence level
 * @param nA group a's size
 * @param nB group b's size
 * @param replicates B
 * @param seed the seed that replays the interval
 */
public record MeanDifferenceInterval(
        double difference, double ciLow, double ciHigh, double level, int nA, int nB, int replicates, long seed) {}
