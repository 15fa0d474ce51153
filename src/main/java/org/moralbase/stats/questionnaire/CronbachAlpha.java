package org.moralbase.stats.questionnaire;

/**
 * Cronbach's (1951) alpha from an item covariance matrix C of k items: α = k / (k − 1) · (1 − tr C / Σ C), the
 * "raw alpha" of R's {@code psych::alpha} ({@code alpha.1}: {@code (1 - tr(C)/sum(C)) * (n/(n - 1))}).
 */
final class CronbachAlpha {

    private CronbachAlpha() {}

    /** Raw alpha of a k × k covariance matrix, k ≥ 2; NaN when Σ C is not positive. */
    static double raw(double[][] covariance) {
        int k = covariance.length;
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            trace += covariance[i][i];
            for (int j = 0; j < k; j++) {
                sum += covariance[i][j];
            }
        }
        return sum > 0 ? k / (k - 1.0) * (1 - trace / sum) : Double.NaN;
    }
}
