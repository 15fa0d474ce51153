package org.moralbase.stats.questionnaire;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * One-factor minimum-residual ("minres", Harman &amp; Jones 1966) factor analysis of a correlation matrix R: the
 * loadings λ that minimise Σ_{i&lt;j} (r_ij − λ_i λ_j)², the criterion of R's {@code psych::fa(r, 1, fm =
 * "minres")}. psych searches over the uniquenesses ψ with L-BFGS-B; at its optimum λ is the leading eigenvector of R
 * with diagonal 1 − ψ = λ², so both reach the same stationary point. Here iterated principal axes (which lower the
 * criterion at every step) find the basin and Newton's method on λ polishes it to machine precision.
 */
final class OneFactorMinres {

    private static final int PRINCIPAL_AXIS_STEPS = 500;
    private static final int NEWTON_STEPS = 100;
    private static final double TOLERANCE = 1e-13;

    private OneFactorMinres() {}

    /** The loadings, signed so that their sum is positive. */
    static double[] loadings(double[][] correlation) {
        int k = correlation.length;
        double[] lambda = new double[k];
        java.util.Arrays.fill(lambda, 1.0);
        for (int step = 0; step < PRINCIPAL_AXIS_STEPS; step++) {
            double[] next = principalAxis(correlation, lambda);
            double change = 0;
            for (int i = 0; i < k; i++) {
                change = Math.max(change, Math.abs(next[i] - lambda[i]));
            }
            lambda = next;
            if (change < 1e-8) {
                break;
            }
        }
        lambda = newton(correlation, lambda);
        double sum = 0;
        for (double l : lambda) {
            sum += l;
        }
        if (sum < 0) {
            for (int i = 0; i < k; i++) {
                lambda[i] = -lambda[i];
            }
        }
        return lambda;
    }

    /** Σ_{i&lt;j} (r_ij − λ_i λ_j)², the minres criterion. */
    static double criterion(double[][] r, double[] lambda) {
        double sum = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = i + 1; j < r.length; j++) {
                double e = r[i][j] - lambda[i] * lambda[j];
                sum += e * e;
            }
        }
        return sum;
    }

    /** One principal-axis step: the leading eigenpair of R with communalities λ² on its diagonal. */
    private static double[] principalAxis(double[][] r, double[] lambda) {
        RealMatrix reduced = new Array2DRowRealMatrix(r);
        for (int i = 0; i < r.length; i++) {
            reduced.setEntry(i, i, lambda[i] * lambda[i]);
        }
        EigenDecompositionSymmetric eigen =
                new EigenDecompositionSymmetric(reduced, EigenDecompositionSymmetric.DEFAULT_EPSILON, true);
        double root = Math.sqrt(Math.max(eigen.getEigenvalue(0), 0));
        return eigen.getEigenvector(0).mapMultiply(root).toArray();
    }

    /** Newton's method on the criterion, each step halved until it does not raise the criterion. */
    private static double[] newton(double[][] r, double[] start) {
        int k = r.length;
        double[] lambda = start.clone();
        double value = criterion(r, lambda);
        for (int step = 0; step < NEWTON_STEPS; step++) {
            RealVector gradient = new ArrayRealVector(k);
            RealMatrix hessian = new Array2DRowRealMatrix(k, k);
            for (int i = 0; i < k; i++) {
                double g = 0;
                double h = 0;
                for (int j = 0; j < k; j++) {
                    if (j != i) {
                        g += -2 * (r[i][j] - lambda[i] * lambda[j]) * lambda[j];
                        h += 2 * lambda[j] * lambda[j];
                        hessian.setEntry(i, j, -2 * r[i][j] + 4 * lambda[i] * lambda[j]);
                    }
                }
                gradient.setEntry(i, g);
                hessian.setEntry(i, i, h);
            }
            if (gradient.getLInfNorm() < TOLERANCE) {
                break;
            }
            RealVector delta;
            try {
                delta = new LUDecomposition(hessian).getSolver().solve(gradient);
            } catch (org.hipparchus.exception.MathRuntimeException singular) {
                break; // keep the principal-axis answer: no Newton direction exists here
            }
            double[] trial = null;
            double trialValue = Double.POSITIVE_INFINITY;
            for (double t = 1; t > 1e-6 && !(trialValue <= value); t /= 2) {
                trial = lambda.clone();
                for (int i = 0; i < k; i++) {
                    trial[i] -= t * delta.getEntry(i);
                }
                trialValue = criterion(r, trial);
            }
            if (!(trialValue <= value)) {
                break;
            }
            lambda = trial;
            value = trialValue;
        }
        return lambda;
    }
}
