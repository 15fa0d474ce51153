package org.moralbase.stats.utility;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Limited-memory BFGS (Nocedal and Wright, Numerical Optimization, 2nd ed., Algorithm 7.4 and 7.5) with a backtracking
 * line search on the Armijo condition (c1 = 1e-4), keeping the last 10 corrections; a correction with too little
 * curvature is skipped. Stops when no component of the gradient exceeds the tolerance, when a line search cannot
 * lower the function, or at the iteration limit. Blocks of components listed as fixed keep their mean.
 */
final class Lbfgs {

    /** Where the search ended. */
    record Result(double[] x, double value, int iterations, double gradient) {}

    private static final int MEMORY = 10;
    private static final double ARMIJO = 1e-4;

    private Lbfgs() {}

    static Result minimize(
            ToDoubleFunction<double[]> f,
            Function<double[], double[]> gradient,
            double[] start,
            int[] fixed,
            int maxIterations,
            double tolerance) {
        int d = start.length;
        double[] x = start.clone();
        double fx = f.applyAsDouble(x);
        double[] g = pinned(gradient.apply(x), fixed);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int newest = -1;
        int iteration = 0;
        while (iteration < maxIterations && maxAbs(g) > tolerance) {
            iteration++;
            // two-loop recursion: direction = −H g
            double[] q = g.clone();
            double[] alpha = new double[MEMORY];
            for (int k = 0; k < stored; k++) {
                int i = Math.floorMod(newest - k, MEMORY);
                alpha[i] = rho[i] * dot(s[i], q);
                axpy(-alpha[i], y[i], q);
            }
            double gamma = stored == 0
                    ? 1 / Math.max(1e-12, Math.sqrt(dot(g, g)))
                    : dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
            for (int j = 0; j < d; j++) {
                q[j] *= gamma;
            }
            for (int k = stored - 1; k >= 0; k--) {
                int i = Math.floorMod(newest - k, MEMORY);
                double beta = rho[i] * dot(y[i], q);
                axpy(alpha[i] - beta, s[i], q);
            }
            double[] direction = q;
            for (int j = 0; j < d; j++) {
                direction[j] = -direction[j];
            }
            pinned(direction, fixed);
            double slope = dot(g, direction);
            if (slope >= 0) { // not a descent direction: restart from steepest descent
                stored = 0;
                direction = g.clone();
                for (int j = 0; j < d; j++) {
                    direction[j] = -direction[j];
                }
                slope = dot(g, direction);
            }
            double step = 1;
            double[] next = new double[d];
            double fnext;
            int tries = 0;
            while (true) {
                for (int j = 0; j < d; j++) {
                    next[j] = x[j] + step * direction[j];
                }
                fnext = f.applyAsDouble(next);
                if (Double.isFinite(fnext) && fnext <= fx + ARMIJO * step * slope) {
                    break;
                }
                step *= 0.5;
                if (++tries > 60) {
                    return new Result(x, fx, iteration, maxAbs(g)); // no lower value along the direction
                }
            }
            double[] gnext = pinned(gradient.apply(next), fixed);
            double[] sk = new double[d];
            double[] yk = new double[d];
            for (int j = 0; j < d; j++) {
                sk[j] = next[j] - x[j];
                yk[j] = gnext[j] - g[j];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12 * Math.sqrt(dot(sk, sk) * dot(yk, yk))) {
                newest = (newest + 1) % MEMORY;
                s[newest] = sk;
                y[newest] = yk;
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, MEMORY);
            }
            x = next;
            fx = fnext;
            g = gnext;
        }
        return new Result(x, fx, iteration, maxAbs(g));
    }

    /**
     * Projects a vector onto the moves that keep the mean of each fixed block of components: {@code fixed} lists block
     * boundaries as pairs (from, to); the steps then never change those means.
     */
    private static double[] pinned(double[] v, int[] fixed) {
        for (int b = 0; b + 1 < fixed.length; b += 2) {
            double mean = 0;
            for (int i = fixed[b]; i < fixed[b + 1]; i++) {
                mean += v[i];
            }
            mean /= fixed[b + 1] - fixed[b];
            for (int i = fixed[b]; i < fixed[b + 1]; i++) {
                v[i] -= mean;
            }
        }
        return v;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    static double maxAbs(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
