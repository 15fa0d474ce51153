package org.moralbase.stats.utility;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;

/**
 * The Hessian (or the expected information) of the Thurstonian loss kept as its pairs: H = Σ_k B_k with B_k a
 * symmetric 4 × 4 block on the four parameters (μa, μb, sa, sb) of pair k, and the diagonal of the expected (Fisher)
 * information beside it for the damping. Solves the Levenberg-damped system (H + λ·(diag F + mean(diag F)·I)) δ = g by conjugate gradients
 * preconditioned with the diagonal (Jacobi; Hestenes and Stiefel 1952; Saad, Iterative Methods for Sparse Linear
 * Systems, 2nd ed., Algorithm 9.1), each product costing one pass over the pairs instead of the dense matrix's 4N²
 * entries; falls back to a dense Cholesky factorisation when conjugate gradients do not reach the tolerance within as
 * many steps as there are parameters.
 */
final class PairHessian {

    private final int dimension;
    private final int[] index; // four parameter indexes per pair
    private final double[] block; // sixteen entries per pair, row by row
    private final double[] diagonal; // of H
    private final double[] fisherDiagonal;

    /** {@code index} holds four entries per pair, {@code block} sixteen, in the same order. */
    PairHessian(int dimension, int[] index, double[] block, double[] fisherDiagonal) {
        this.dimension = dimension;
        this.index = index;
        this.block = block;
        this.fisherDiagonal = fisherDiagonal;
        this.diagonal = new double[dimension];
        for (int e = 0; e < index.length; e++) {
            diagonal[index[e]] += block[4 * e + e % 4];
        }
    }

    /**
     * Solves (H + λ·(diag F + m·I)) δ = g, m the mean of diag F, until the residual's norm is at most
     * {@code relativeTolerance} times g's. Throws {@link ArithmeticException} when the damped matrix is not positive
     * definite.
     */
    double[] solve(double lambda, double[] g, double relativeTolerance) {
        double[] damping = damping(lambda);
        double[] precondition = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            double d = diagonal[i] + damping[i];
            precondition[i] = d > 0 ? 1 / d : 1 / (fisherDiagonal[i] + damping[i]);
        }
        double[] x = new double[dimension];
        double[] r = g.clone();
        double[] z = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            z[i] = precondition[i] * r[i];
        }
        double[] p = z.clone();
        double[] q = new double[dimension];
        double rz = Lbfgs.dot(r, z);
        double goal = relativeTolerance * Math.sqrt(Lbfgs.dot(g, g));
        for (int step = 0; step < dimension; step++) {
            if (Math.sqrt(Lbfgs.dot(r, r)) <= goal) {
                return x;
            }
            multiply(damping, p, q);
            double curvature = Lbfgs.dot(p, q);
            if (!(curvature > 0)) {
                throw new ArithmeticException("the damped Hessian is not positive definite");
            }
            double alpha = rz / curvature;
            for (int i = 0; i < dimension; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * q[i];
                z[i] = precondition[i] * r[i];
            }
            double rzNext = Lbfgs.dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < dimension; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        return Math.sqrt(Lbfgs.dot(r, r)) <= goal ? x : dense(damping, g);
    }

    /** (H + λ·(diag F + m·I)) v, m the mean of diag F. */
    double[] times(double lambda, double[] v) {
        double[] out = new double[dimension];
        multiply(damping(lambda), v, out);
        return out;
    }

    private double[] damping(double lambda) {
        double m = 0;
        for (double d : fisherDiagonal) {
            m += d / dimension;
        }
        double[] damping = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            damping[i] = lambda * (fisherDiagonal[i] + m);
        }
        return damping;
    }

    /** out = (H + diag(damping)) v, one pass over the pairs. */
    private void multiply(double[] damping, double[] v, double[] out) {
        for (int i = 0; i < dimension; i++) {
            out[i] = damping[i] * v[i];
        }
        for (int e = 0; e < index.length; e += 4) {
            int b = 4 * e;
            for (int r = 0; r < 4; r++) {
                out[index[e + r]] += block[b + 4 * r] * v[index[e]]
                        + block[b + 4 * r + 1] * v[index[e + 1]]
                        + block[b + 4 * r + 2] * v[index[e + 2]]
                        + block[b + 4 * r + 3] * v[index[e + 3]];
            }
        }
    }

    private double[] dense(double[] damping, double[] g) {
        double[][] h = new double[dimension][dimension];
        for (int e = 0; e < index.length; e += 4) {
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    h[index[e + r]][index[e + c]] += block[4 * e + 4 * r + c];
                }
            }
        }
        for (int i = 0; i < dimension; i++) {
            h[i][i] += damping[i];
        }
        return new CholeskyDecomposition(new Array2DRowRealMatrix(h, false), 1e-12, 0)
                .getSolver()
                .solve(new ArrayRealVector(g, false))
                .toArray();
    }
}
