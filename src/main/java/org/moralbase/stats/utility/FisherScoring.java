package org.moralbase.stats.utility;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Fisher scoring with Levenberg damping for the Thurstonian loss: each step solves (F + λ·(diag(F) + mean(diag F)·I)) δ = −g
 * with Hipparchus' Cholesky decomposition, F the expected information, and keeps it when the loss goes down
 * (then λ shrinks tenfold) or retries with λ ten times larger. The damping also takes care of the loss's flat
 * directions (a shift of μ; a common scaling of μ and σ), along which g has no component.
 */
final class FisherScoring {

    private FisherScoring() {}

    static Lbfgs.Result minimize(ThurstonianFit.Loss loss, double[] start, int maxIterations, double tolerance) {
        double[] x = start.clone();
        double fx = loss.value(x);
        double[] g = loss.gradient(x);
        double lambda = 1e-3;
        int iteration = 0;
        while (iteration < maxIterations && Lbfgs.maxAbs(g) > tolerance) {
            iteration++;
            double[][] f = loss.information(x);
            double meanDiagonal = 0;
            for (int i = 0; i < f.length; i++) {
                meanDiagonal += f[i][i] / f.length;
            }
            boolean moved = false;
            for (int attempt = 0; attempt < 30 && !moved; attempt++) {
                double[][] m = new double[f.length][];
                for (int i = 0; i < f.length; i++) {
                    m[i] = f[i].clone();
                    m[i][i] += lambda * (f[i][i] + meanDiagonal);
                }
                RealVector step;
                try {
                    step = new CholeskyDecomposition(new Array2DRowRealMatrix(m, false), 1e-12, 0)
                            .getSolver()
                            .solve(new ArrayRealVector(g, false));
                } catch (RuntimeException notPositive) {
                    lambda *= 10;
                    continue;
                }
                double[] next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    next[i] = x[i] - step.getEntry(i);
                }
                double fnext = loss.value(next);
                if (Double.isFinite(fnext) && fnext < fx) {
                    moved = true;
                    x = next;
                    fx = fnext;
                    lambda = Math.max(lambda / 10, 1e-15);
                } else {
                    lambda *= 10;
                }
            }
            if (!moved) {
                break; // no damping lowers the loss any more
            }
            g = loss.gradient(x);
        }
        return new Lbfgs.Result(x, fx, iteration, Lbfgs.maxAbs(g));
    }
}
