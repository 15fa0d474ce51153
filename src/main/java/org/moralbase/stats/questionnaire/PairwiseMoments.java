package org.moralbase.stats.questionnaire;

/**
 * Covariances and correlations of every pair of items over the respondents who answered both, as R's {@code
 * cov(x, use = "pairwise")} and {@code cor(x, use = "pairwise")}: a pair's means and standard deviations come from
 * that pair's respondents only (denominator n − 1). A variance is the item's own over all who answered it.
 */
final class PairwiseMoments {

    final double[][] covariance;
    final double[][] correlation;
    final int[][] pairs;

    private PairwiseMoments(int k) {
        covariance = new double[k][k];
        correlation = new double[k][k];
        pairs = new int[k][k];
    }

    static PairwiseMoments of(double[][] answers, int items) {
        PairwiseMoments m = new PairwiseMoments(items);
        for (int i = 0; i < items; i++) {
            for (int j = i; j < items; j++) {
                m.pair(answers, i, j);
            }
        }
        return m;
    }

    private void pair(double[][] answers, int i, int j) {
        int n = 0;
        double meanI = 0;
        double meanJ = 0;
        for (double[] row : answers) {
            if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
                n++;
                meanI += row[i];
                meanJ += row[j];
            }
        }
        meanI /= n;
        meanJ /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] row : answers) {
            if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
                sxy += (row[i] - meanI) * (row[j] - meanJ);
                sxx += (row[i] - meanI) * (row[i] - meanI);
                syy += (row[j] - meanJ) * (row[j] - meanJ);
            }
        }
        double cov = n < 2 ? Double.NaN : sxy / (n - 1);
        double cor = n < 2 ? Double.NaN : (i == j ? 1.0 : sxy / Math.sqrt(sxx * syy));
        covariance[i][j] = covariance[j][i] = cov;
        correlation[i][j] = correlation[j][i] = cor;
        pairs[i][j] = pairs[j][i] = n;
    }
}
