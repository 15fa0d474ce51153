package org.moralbase.stats.agreement;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded nonparametric bootstrap for Krippendorff's alpha: draw B resamples of the pairable units with
 * replacement (Efron &amp; Tibshirani 1993, ch. 6), recompute alpha on each, and report the percentile
 * interval (ch. 13) with R's default type-7 quantiles (Hyndman &amp; Fan 1996). Units, not single values,
 * are resampled because a unit's values are dependent; this differs from Krippendorff's own bootstrap
 * (Hayes &amp; Krippendorff 2007), which resamples pairable values. Resamples with no variation have an
 * undefined alpha and are counted and left out. Randomness is {@link java.util.Random} seeded with the given
 * seed, whose algorithm the JDK specifies, so a seed replays the same interval on any JVM.
 */
public final class AlphaBootstrap {

    private final KrippendorffAlpha alpha;
    private final int replicates;
    private final double level;
    private final long seed;

    private AlphaBootstrap(KrippendorffAlpha alpha, int replicates, double level, long seed) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
        this.alpha = alpha;
        this.replicates = replicates;
        this.level = level;
        this.seed = seed;
    }

    /**
     * A 95% percentile interval from B replicates.
     *
     * @param metric the alpha metric
     * @param replicates B ≥ 1 (1,000 or more for a 95% interval)
     * @param seed random seed
     */
    public static AlphaBootstrap of(Metric metric, int replicates, long seed) {
        return new AlphaBootstrap(KrippendorffAlpha.of(metric), replicates, 0.95, seed);
    }

    /**
     * A copy with another confidence level.
     *
     * @param confidenceLevel in (0, 1)
     */
    public AlphaBootstrap withConfidenceLevel(double confidenceLevel) {
        return new AlphaBootstrap(alpha, replicates, confidenceLevel, seed);
    }

    /**
     * Alpha and its bootstrap percentile interval.
     *
     * @param data reliability data with at least one pairable unit
     * @throws IllegalArgumentException if every resample has an undefined alpha
     */
    public AlphaInterval interval(ReliabilityData data) {
        AlphaEstimate full = alpha.estimate(data);
        double[][] units = data.pairableUnits();
        Random random = new Random(seed);
        double[] alphas = new double[replicates];
        int defined = 0;
        for (int b = 0; b < replicates; b++) {
            double[][] resample = new double[units.length][];
            for (int u = 0; u < units.length; u++) {
                resample[u] = units[random.nextInt(units.length)];
            }
            double value = alpha.estimate(ReliabilityData.ofUnits(resample, data.isNominalOnly()))
                    .alpha();
            if (!Double.isNaN(value)) {
                alphas[defined++] = value;
            }
        }
        if (defined == 0) {
            throw new IllegalArgumentException("every bootstrap resample had no variation; alpha is undefined");
        }
        double[] sorted = Arrays.copyOf(alphas, defined);
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        return new AlphaInterval(
                full,
                quantileType7(sorted, tail),
                quantileType7(sorted, 1 - tail),
                level,
                replicates,
                replicates - defined,
                seed);
    }

    /**
     * R's default quantile (type 7): h = (N − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]), 0-based.
     *
     * @param sorted ascending values, at least one
     * @param p probability in [0, 1]
     */
    static double quantileType7(double[] sorted, double p) {
        return org.moralbase.stats.Quantiles.type7(sorted, p);
    }
}
