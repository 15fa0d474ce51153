package org.moralbase.stats.agreement;

/**
 * The difference functions δ²(c, k) of Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", section on metric differences). Values are the sorted distinct values c, k with
 * their coincidence marginals n_c, n_k.
 */
public enum Metric {
    /** δ² = 0 if c = k, else 1. */
    NOMINAL,
    /** δ² = (Σ_{g = c..k} n_g − (n_c + n_k) / 2)², using the rank order of values only. */
    ORDINAL,
    /** δ² = (c − k)². */
    INTERVAL,
    /** δ² = ((c − k) / (c + k))²; values must be non-negative. */
    RATIO;

    /**
     * The matrix δ²(c, k) for the given sorted distinct values and their marginals.
     *
     * @param values sorted distinct values
     * @param marginals n_c for each value, in the same order
     */
    double[][] squaredDifferences(double[] values, double[] marginals) {
        int size = values.length;
        double[][] delta = new double[size][size];
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                delta[c][k] = difference(values, marginals, c, k);
            }
        }
        return delta;
    }

    private double difference(double[] values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (this) {
            case NOMINAL -> 1;
            case ORDINAL -> {
                double sum = 0;
                for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                    sum += marginals[g];
                }
                double d = sum - (marginals[c] + marginals[k]) / 2;
                yield d * d;
            }
            case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
            case RATIO -> {
                double d = (values[c] - values[k]) / (values[c] + values[k]);
                yield d * d;
            }
        };
    }
}
