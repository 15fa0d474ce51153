package org.moralbase.stats.questionnaire;

import java.util.Arrays;
import java.util.Random;
import org.moralbase.stats.Quantiles;

/**
 * The difference of two independent groups' means, x̄_a − x̄_b, with a seeded percentile bootstrap interval
 * (Efron &amp; Tibshirani 1993, ch. 13): each of B replicates resamples each group with replacement at its own size
 * (group a's n_a draws, then group b's n_b, from one {@link Random} seeded with the seed, whose algorithm the JDK
 * specifies), and the interval is R's type-7 quantiles of the B differences ({@link Quantiles#type7}).
 */
public final class MeanDifference {

    private final int replicates;
    private final double level;
    private final long seed;

    private MeanDifference(int replicates, double level, long seed) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
        this.replicates = replicates;
        this.level = level;
        this.seed = seed;
    }

    /**
     * A 95% interval from B replicates.
     *
     * @param replicates B ≥ 1 (2,000 or more for a 95% interval)
     * @param seed random seed; the same seed replays the same interval
     */
    public static MeanDifference of(int replicates, long seed) {
        return new MeanDifference(replicates, 0.95, seed);
    }

    /** A copy with another confidence level in (0, 1). */
    public MeanDifference withConfidenceLevel(double confidenceLevel) {
        return new MeanDifference(replicates, confidenceLevel, seed);
    }

    /**
     * x̄_a − x̄_b and its percentile interval.
     *
     * @param a group a's values, at least one, finite
     * @param b group b's values, at least one, finite
     */
    public MeanDifferenceInterval estimate(double[] a, double[] b) {
        check(a, "a");
        check(b, "b");
        Random random = new Random(seed);
        double[] differences = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            differences[r] = resampledMean(a, random) - resampledMean(b, random);
        }
        Arrays.sort(differences);
        double tail = (1 - level) / 2;
        return new MeanDifferenceInterval(
                mean(a) - mean(b),
                Quantiles.type7(differences, tail),
                Quantiles.type7(differences, 1 - tail),
                level,
                a.length,
                b.length,
                replicates,
                seed);
    }

    private static double resampledMean(double[] x, Random random) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[random.nextInt(x.length)];
        }
        return sum / x.length;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static void check(double[] x, String name) {
        if (x.length == 0) {
            throw new IllegalArgumentException("group " + name + " needs at least one value");
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("group " + name + " values must be finite, found " + v);
            }
        }
    }
}
