package org.moralbase.stats.regression;

/** Dense Cholesky factorisation A = CCᵀ for the small p × p systems of the mixed model. */
final class SmallCholesky {

    private SmallCholesky() {}

    /** The lower factor C, or null when A is not numerically positive definite. */
    static double[][] lower(double[][] a) {
        int p = a.length;
        double[][] c = new double[p][p];
        for (int j = 0; j < p; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= c[j][k] * c[j][k];
            }
            // relative threshold: a pivot lost to rounding means the fixed effects are not identified
            if (!(d > 1e-12 * Math.abs(a[j][j])) || a[j][j] <= 0) {
                return null;
            }
            c[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= c[i][k] * c[j][k];
                }
                c[i][j] = s / c[j][j];
            }
        }
        return c;
    }

    /** Solves CCᵀx = b. */
    static double[] solve(double[][] c, double[] b) {
        int p = b.length;
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= c[i][k] * z[k];
            }
            z[i] = s / c[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= c[k][i] * x[k];
            }
            x[i] = s / c[i][i];
        }
        return x;
    }

    /** (CCᵀ)⁻¹, column by column. */
    static double[][] inverse(double[][] c) {
        int p = c.length;
        double[][] inv = new double[p][p];
        for (int j = 0; j < p; j++) {
            double[] e = new double[p];
            e[j] = 1;
            double[] col = solve(c, e);
            for (int i = 0; i < p; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }
}
