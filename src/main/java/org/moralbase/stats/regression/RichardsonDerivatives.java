package org.moralbase.stats.regression;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Numerical derivatives by central differences with Richardson extrapolation, exactly as R's numDeriv 2016.8
 * computes {@code hessian(f, x)} (its {@code genD}) and {@code jacobian(f, x)} with the default
 * {@code method.args}: four step sizes halving from h = |d·x| (plus eps = 1e-4 where |x| &lt; zero.tol =
 * √(2⁻⁵²/7·10⁻⁷)), d = 0.1 for the Hessian and 1e-4 for the Jacobian (Gilbert &amp; Varadhan, numDeriv
 * manual). lmerTest takes its Satterthwaite derivatives this way, so copying the steps copies its numbers.
 */
final class RichardsonDerivatives {

    private static final double EPS = 1e-4;
    private static final double ZERO_TOL = Math.sqrt(Math.ulp(1.0) / 7e-7);
    private static final double HESSIAN_D = 0.1;
    private static final double JACOBIAN_D = 1e-4;
    private static final int STEPS = 4;

    private RichardsonDerivatives() {}

    /** The Hessian of f at x, numDeriv's {@code hessian(f, x)}. */
    static double[][] hessian(ToDoubleFunction<double[]> f, double[] x) {
        int n = x.length;
        double f0 = f.applyAsDouble(x);
        double[] h0 = steps(x, HESSIAN_D);
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] a = new double[STEPS];
            for (int k = 0; k < STEPS; k++) {
                double h = h0[i] / (1 << k);
                double up = f.applyAsDouble(moved(x, i, h, -1, 0));
                double down = f.applyAsDouble(moved(x, i, -h, -1, 0));
                a[k] = (up - 2 * f0 + down) / (h * h);
            }
            hessian[i][i] = extrapolate(a);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double[] a = new double[STEPS];
                for (int k = 0; k < STEPS; k++) {
                    double hi = h0[i] / (1 << k);
                    double hj = h0[j] / (1 << k);
                    double up = f.applyAsDouble(moved(x, i, hi, j, hj));
                    double down = f.applyAsDouble(moved(x, i, -hi, j, -hj));
                    a[k] = (up - 2 * f0 + down - hessian[i][i] * hi * hi - hessian[j][j] * hj * hj) / (2 * hi * hj);
                }
                hessian[i][j] = extrapolate(a);
                hessian[j][i] = hessian[i][j];
            }
        }
        return hessian;
    }

    /** The Jacobian of f at x, numDeriv's {@code jacobian(f, x)}: row r holds the gradient of f's r-th value. */
    static double[][] jacobian(Function<double[], double[]> f, double[] x) {
        int n = x.length;
        double[] h0 = steps(x, JACOBIAN_D);
        double[][][] a = new double[n][][];
        for (int i = 0; i < n; i++) {
            a[i] = new double[STEPS][];
            for (int k = 0; k < STEPS; k++) {
                double h = h0[i] / (1 << k);
                double[] up = f.apply(moved(x, i, h, -1, 0));
                double[] down = f.apply(moved(x, i, -h, -1, 0));
                a[i][k] = new double[up.length];
                for (int r = 0; r < up.length; r++) {
                    a[i][k][r] = (up[r] - down[r]) / (2 * h);
                }
            }
        }
        int values = a[0][0].length;
        double[][] jacobian = new double[values][n];
        for (int r = 0; r < values; r++) {
            for (int i = 0; i < n; i++) {
                double[] column = new double[STEPS];
                for (int k = 0; k < STEPS; k++) {
                    column[k] = a[i][k][r];
                }
                jacobian[r][i] = extrapolate(column);
            }
        }
        return jacobian;
    }

    private static double[] steps(double[] x, double d) {
        double[] h = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            h[i] = Math.abs(d * x[i]) + (Math.abs(x[i]) < ZERO_TOL ? EPS : 0);
        }
        return h;
    }

    private static double[] moved(double[] x, int i, double hi, int j, double hj) {
        double[] y = x.clone();
        y[i] += hi;
        if (j >= 0) {
            y[j] += hj;
        }
        return y;
    }

    /** Richardson's table for steps h, h/2, h/4, …: a_k ← (4^m·a_{k+1} − a_k)/(4^m − 1), m = 1, 2, 3. */
    private static double extrapolate(double[] approximations) {
        double[] a = approximations.clone();
        for (int m = 1; m < a.length; m++) {
            double four = Math.pow(4, m);
            for (int k = 0; k < a.length - m; k++) {
                a[k] = (a[k + 1] * four - a[k]) / (four - 1);
            }
        }
        return a[0];
    }
}
