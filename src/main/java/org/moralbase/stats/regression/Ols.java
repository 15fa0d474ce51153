package org.moralbase.stats.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary least squares with intercept, y = β₀ + Xβ + ε, solved by Householder QR of the design (never the
 * normal equations), as R's {@code lm} does (Golub &amp; Van Loan, Matrix Computations, §5.3). Standard errors
 * are σ̂·√diag((RᵀR)⁻¹) from the triangular factor; t-tests on n − p df; log-likelihood and AIC as R's
 * {@code logLik.lm} and {@code AIC}. A rank-deficient design is rejected rather than pivoted.
 */
public final class Ols {

    /** Relative size of a QR pivot below which the design counts as rank deficient (R's lm uses 1e-7). */
    private static final double RANK_TOLERANCE = 1e-7;

    private Ols() {}

    /**
     * Fits y on the design's columns plus an intercept.
     *
     * @param design the predictors, without intercept
     * @param y the response, one value per design row
     * @return coefficients, fit statistics, log-likelihood and AIC
     * @throws IllegalArgumentException when lengths differ, y is not finite, n ≤ p, or the design is rank
     *     deficient
     */
    public static OlsResult fit(Design design, double[] y) {
        int n = design.rows();
        if (y.length != n) {
            throw new IllegalArgumentException("y has " + y.length + " values but the design has " + n + " rows");
        }
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("y holds a non-finite value");
            }
        }
        double[][] a = design.withIntercept();
        int p = a[0].length;
        if (n <= p) {
            throw new IllegalArgumentException("need more observations (" + n + ") than coefficients (" + p + ")");
        }
        double[] qty = y.clone();
        double[][] r = householder(a, qty, design.namesWithIntercept());
        double[] beta = backSubstitute(r, qty, p);
        double rss = 0;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double tss = 0;
        double[][] x = design.withIntercept();
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            for (int j = 0; j < p; j++) {
                fitted += x[i][j] * beta[j];
            }
            rss += (y[i] - fitted) * (y[i] - fitted);
            tss += (y[i] - mean) * (y[i] - mean);
        }
        int df = n - p;
        double sigma = Math.sqrt(rss / df);
        double[][] rInv = invertUpper(r, p);
        List<String> names = design.namesWithIntercept();
        List<Coefficient> coefficients = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int k = j; k < p; k++) {
                s += rInv[j][k] * rInv[j][k];
            }
            coefficients.add(TDistributions.coefficient(names.get(j), beta[j], sigma * Math.sqrt(s), df));
        }
        double r2 = 1 - rss / tss;
        double logLik = -0.5 * n * (Math.log(2 * Math.PI * rss / n) + 1);
        return new OlsResult(
                coefficients, r2, 1 - (1 - r2) * (n - 1) / df, sigma, n, df, logLik, -2 * logLik + 2 * (p + 1));
    }

    /** In-place Householder QR of a (n × p); applies Qᵀ to qty; returns R in a's upper triangle. */
    private static double[][] householder(double[][] a, double[] qty, List<String> names) {
        int n = a.length;
        int p = a[0].length;
        for (int j = 0; j < p; j++) {
            double columnNorm = 0;
            double norm = 0;
            for (int i = 0; i < n; i++) {
                columnNorm = Math.hypot(columnNorm, a[i][j]);
                if (i >= j) {
                    norm = Math.hypot(norm, a[i][j]);
                }
            }
            if (norm <= RANK_TOLERANCE * columnNorm || norm == 0) {
                throw new IllegalArgumentException("design is rank deficient at column '" + names.get(j) + "'");
            }
            // sign chosen opposite to the pivot to avoid cancellation
            double alpha = a[j][j] > 0 ? -norm : norm;
            double[] v = new double[n];
            for (int i = j; i < n; i++) {
                v[i] = a[i][j];
            }
            v[j] -= alpha;
            double vv = 0;
            for (int i = j; i < n; i++) {
                vv += v[i] * v[i];
            }
            for (int k = j; k < p; k++) {
                reflect(v, vv, j, a, k);
            }
            double dot = 0;
            for (int i = j; i < n; i++) {
                dot += v[i] * qty[i];
            }
            for (int i = j; i < n; i++) {
                qty[i] -= 2 * dot / vv * v[i];
            }
        }
        return a;
    }

    private static void reflect(double[] v, double vv, int from, double[][] a, int column) {
        double dot = 0;
        for (int i = from; i < a.length; i++) {
            dot += v[i] * a[i][column];
        }
        for (int i = from; i < a.length; i++) {
            a[i][column] -= 2 * dot / vv * v[i];
        }
    }

    private static double[] backSubstitute(double[][] r, double[] b, int p) {
        double[] x = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double s = b[j];
            for (int k = j + 1; k < p; k++) {
                s -= r[j][k] * x[k];
            }
            x[j] = s / r[j][j];
        }
        return x;
    }

    /** R⁻¹ of the leading p × p upper triangle; (RᵀR)⁻¹ = R⁻¹R⁻ᵀ gives the coefficient covariance. */
    private static double[][] invertUpper(double[][] r, int p) {
        double[][] inv = new double[p][p];
        for (int col = 0; col < p; col++) {
            double[] e = new double[p];
            e[col] = 1;
            double[] x = backSubstitute(r, e, p);
            for (int row = 0; row < p; row++) {
                inv[row][col] = x[row];
            }
        }
        return inv;
    }
}
