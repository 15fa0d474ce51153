package org.moralbase.stats.agreement;

/**
 * Krippendorff's alpha reliability coefficient, computed as in K. Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (Annenberg School for Communication, 2011): from the {@link CoincidenceMatrix},
 *
 * <pre>
 * α = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 * </pre>
 *
 * with δ² from the chosen {@link Metric}. Any number of coders; missing values allowed; units with fewer
 * than two values are not pairable and drop out. Immutable.
 */
public final class KrippendorffAlpha {

    private final Metric metric;

    private KrippendorffAlpha(Metric metric) {
        if (metric == null) {
            throw new IllegalArgumentException("metric must not be null");
        }
        this.metric = metric;
    }

    /**
     * Alpha with the given difference function.
     *
     * @param metric nominal, ordinal, interval or ratio
     */
    public static KrippendorffAlpha of(Metric metric) {
        return new KrippendorffAlpha(metric);
    }

    /** The difference function of this estimator. */
    public Metric metric() {
        return metric;
    }

    /**
     * Alpha of a coders × units matrix, {@code Double.NaN} marking missing values (see {@link
     * ReliabilityData#fromMatrix}).
     *
     * @param codersByUnits one row per coder, one column per unit
     */
    public AlphaEstimate estimate(double[][] codersByUnits) {
        return estimate(ReliabilityData.fromMatrix(codersByUnits));
    }

    /**
     * Alpha of reliability data (formula in the class comment).
     *
     * @param data reliability data with at least one pairable unit
     * @throws IllegalArgumentException if no unit is pairable, label-coded data is used with a metric other
     *     than nominal, or ratio data has negative values
     */
    public AlphaEstimate estimate(ReliabilityData data) {
        if (data.isNominalOnly() && metric != Metric.NOMINAL) {
            throw new IllegalArgumentException(
                    "label data has no order or distance; only nominal alpha is defined, not " + metric);
        }
        CoincidenceMatrix o = CoincidenceMatrix.of(data);
        double n = o.total();
        if (n == 0) {
            throw new IllegalArgumentException("alpha needs at least one unit with two or more values");
        }
        double[] values = o.values();
        if (metric == Metric.RATIO && values[0] < 0) {
            throw new IllegalArgumentException("ratio alpha needs non-negative values, found " + values[0]);
        }
        double[] marginals = o.marginals();
        double[][] delta = metric.squaredDifferences(values, marginals);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < values.length; c++) {
            for (int k = 0; k < values.length; k++) {
                observed += o.count(c, k) * delta[c][k];
                expected += marginals[c] * marginals[k] * delta[c][k];
            }
        }
        double observedDisagreement = observed / n;
        double expectedDisagreement = expected / (n * (n - 1));
        // D_e = 0 means no variation at all: Krippendorff leaves alpha undefined (0/0), we report NaN.
        double alpha = expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
        return new AlphaEstimate(
                alpha, observedDisagreement, expectedDisagreement, data.pairableUnitCount(), n, metric);
    }
}
