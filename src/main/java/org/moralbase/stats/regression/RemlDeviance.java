package org.moralbase.stats.regression;

/**
 * The profiled REML deviance of y = Xβ + Zb + ε with b_g = T·u_g, u_g ~ N(0, σ²I), per group a random
 * intercept and slope on x, following Bates, Mächler, Bolker &amp; Walker (2015), "Fitting linear
 * mixed-effects models using lme4", J. Stat. Softw. 67(1), eqs. 18–34, with θ = (θ₁₁, θ₂₁, θ₂₂) the
 * lower-triangular relative covariance factor T. Because every observation belongs to one group, the sparse
 * Cholesky factor L_θ of ΛᵀZᵀZΛ + I is block diagonal with one 2 × 2 block per group.
 */
final class RemlDeviance {

    private final double[][] x;
    private final double[] y;
    private final double[] slope;
    private final int[][] rowsOfGroup;
    private final int n;
    private final int p;

    /**
     * A solved penalised least-squares problem at one θ.
     *
     * @param logDeterminants log|L_θ|² + log|RX|², lme4's {@code ldL2() + ldRX2()}
     * @param penalisedRss r²(θ) = ‖y − Xβ̂ − ZΛû‖² + ‖û‖², lme4's {@code wrss() + sqrL(1)}
     */
    record Solution(
            double deviance,
            double[] beta,
            double[][] unscaledCovariance,
            double sigmaSquared,
            double logDeterminants,
            double penalisedRss) {}

    RemlDeviance(double[][] x, double[] y, double[] slope, int[][] rowsOfGroup) {
        this.x = x;
        this.y = y;
        this.slope = slope;
        this.rowsOfGroup = rowsOfGroup;
        this.n = y.length;
        this.p = x[0].length;
    }

    /** The REML criterion −2·ℓ_R(θ) (lme4's {@code REMLcrit}); +∞ where RXᵀRX is not positive definite. */
    double deviance(double[] theta) {
        Solution s = solve(theta);
        return s == null ? Double.POSITIVE_INFINITY : s.deviance();
    }

    /**
     * The REML deviance at ψ = (θ₁₁, θ₂₁, θ₂₂, σ) with σ not profiled out, lmerTest's {@code devfun_vp}:
     * log|L_θ|² + log|RX|² + r²(θ)/σ² + (n − p)·log(2πσ²); equal to {@link #deviance(double[])} at σ̂(θ).
     */
    double deviance(double[] theta, double sigma) {
        Solution s = solve(theta);
        if (s == null) {
            return Double.POSITIVE_INFINITY;
        }
        double sigmaSquared = sigma * sigma;
        return s.logDeterminants() + s.penalisedRss() / sigmaSquared + (n - p) * Math.log(2 * Math.PI * sigmaSquared);
    }

    /** Solves for β̂(θ), σ̂²(θ) and the deviance; null when RXᵀRX is numerically singular. */
    Solution solve(double[] theta) {
        double t1 = theta[0];
        double t2 = theta[1];
        double t3 = theta[2];
        int groups = rowsOfGroup.length;
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                xty[j] += x[i][j] * y[i];
                for (int k = 0; k < p; k++) {
                    xtx[j][k] += x[i][j] * x[i][k];
                }
            }
        }
        double[][] l = new double[groups][3]; // l11, l21, l22 of each block
        double[][][] rzx = new double[groups][2][p];
        double[][] cu = new double[groups][2];
        double logDetL = 0;
        for (int g = 0; g < groups; g++) {
            double a = 0, b = 0, c = 0, y0 = 0, y1 = 0;
            double[] zx0 = new double[p];
            double[] zx1 = new double[p];
            for (int i : rowsOfGroup[g]) {
                double s = slope[i];
                a += 1;
                b += s;
                c += s * s;
                y0 += y[i];
                y1 += s * y[i];
                for (int j = 0; j < p; j++) {
                    zx0[j] += x[i][j];
                    zx1[j] += s * x[i][j];
                }
            }
            // M = Tᵀ (ZgᵀZg) T + I, with ZgᵀZg = [[a, b], [b, c]]
            double m00 = t1 * (a * t1 + b * t2) + t2 * (b * t1 + c * t2) + 1;
            double m10 = t3 * (b * t1 + c * t2);
            double m11 = t3 * c * t3 + 1;
            double l11 = Math.sqrt(m00);
            double l21 = m10 / l11;
            double l22 = Math.sqrt(m11 - l21 * l21);
            l[g] = new double[] {l11, l21, l22};
            logDetL += 2 * Math.log(l11) + 2 * Math.log(l22);
            for (int j = 0; j < p; j++) {
                double w0 = t1 * zx0[j] + t2 * zx1[j];
                double w1 = t3 * zx1[j];
                rzx[g][0][j] = w0 / l11;
                rzx[g][1][j] = (w1 - l21 * rzx[g][0][j]) / l22;
            }
            cu[g][0] = (t1 * y0 + t2 * y1) / l11;
            cu[g][1] = (t3 * y1 - l21 * cu[g][0]) / l22;
            for (int j = 0; j < p; j++) {
                xty[j] -= rzx[g][0][j] * cu[g][0] + rzx[g][1][j] * cu[g][1];
                for (int k = 0; k < p; k++) {
                    xtx[j][k] -= rzx[g][0][j] * rzx[g][0][k] + rzx[g][1][j] * rzx[g][1][k];
                }
            }
        }
        double[][] chol = SmallCholesky.lower(xtx);
        if (chol == null) {
            return null;
        }
        double[] beta = SmallCholesky.solve(chol, xty);
        double prss = 0;
        for (int g = 0; g < groups; g++) {
            double d0 = cu[g][0] - dot(rzx[g][0], beta);
            double d1 = cu[g][1] - dot(rzx[g][1], beta);
            double u1 = d1 / l[g][2];
            double u0 = (d0 - l[g][1] * u1) / l[g][0];
            prss += u0 * u0 + u1 * u1;
            double b0 = t1 * u0;
            double b1 = t2 * u0 + t3 * u1;
            for (int i : rowsOfGroup[g]) {
                double r = y[i] - dot(x[i], beta) - b0 - b1 * slope[i];
                prss += r * r;
            }
        }
        double logDetRx = 0;
        for (int j = 0; j < p; j++) {
            logDetRx += 2 * Math.log(chol[j][j]);
        }
        int df = n - p;
        double deviance = logDetL + logDetRx + df * (1 + Math.log(2 * Math.PI * prss / df));
        return new Solution(deviance, beta, SmallCholesky.inverse(chol), prss / df, logDetL + logDetRx, prss);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
