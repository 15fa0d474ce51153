package org.moralbase.stats.regression;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Satterthwaite's (1946) degrees of freedom for each fixed effect of a REML fit, computed as lmerTest 3.1 does
 * for {@code summary()} (Kuznetsova, Brockhoff &amp; Christensen 2017, J. Stat. Softw. 82(13), §3.1):
 * df_j = 2·V_jj² / (g_jᵀ A g_j), where V = σ²(RXᵀRX)⁻¹ is the covariance of β̂ (lme4's {@code vcov}), g_j the
 * gradient of V_jj with respect to the variance parameters ψ = (θ₁₁, θ₂₁, θ₂₂, σ), and A = 2H⁺ their
 * asymptotic covariance, H the Hessian of the REML deviance in ψ ({@link RemlDeviance#deviance(double[],
 * double)}) and H⁺ its Moore–Penrose inverse over the eigenvalues above {@value #EIGENVALUE_TOLERANCE}.
 * Both derivatives are numerical with numDeriv's steps ({@link RichardsonDerivatives}), as lmerTest's are.
 * A zero denominator gives df = +∞ (lmerTest's {@code Inf}); a failed derivative gives NaN.
 */
final class Satterthwaite {

    /** lmerTest's {@code tol}: Hessian eigenvalues at or below it are left out of the inverse. */
    static final double EIGENVALUE_TOLERANCE = 1e-8;

    private Satterthwaite() {}

    /** The df of each coefficient, in the order of the design's columns with the intercept first. */
    static double[] degreesOfFreedom(RemlDeviance reml, double[] theta, double sigma) {
        double[] psi = {theta[0], theta[1], theta[2], sigma};
        double[][] hessian = RichardsonDerivatives.hessian(v -> reml.deviance(thetaOf(v), v[3]), psi);
        double[] variances = variances(reml, psi, reml.solve(theta).beta().length);
        double[][] gradients = RichardsonDerivatives.jacobian(v -> variances(reml, v, variances.length), psi);
        RealMatrix a = twicePseudoInverse(hessian);
        double[] df = new double[variances.length];
        for (int j = 0; j < df.length; j++) {
            RealVector g = MatrixUtils.createRealVector(gradients[j]);
            df[j] = 2 * variances[j] * variances[j] / g.dotProduct(a.operate(g));
        }
        return df;
    }

    /** diag(σ²(RXᵀRX)⁻¹) at ψ, lmerTest's {@code get_covbeta}; NaN where the fixed effects are not identified. */
    private static double[] variances(RemlDeviance reml, double[] psi, int p) {
        RemlDeviance.Solution s = reml.solve(thetaOf(psi));
        double[] v = new double[p];
        for (int j = 0; j < v.length; j++) {
            v[j] = s == null ? Double.NaN : psi[3] * psi[3] * s.unscaledCovariance()[j][j];
        }
        return v;
    }

    private static double[] thetaOf(double[] psi) {
        return new double[] {psi[0], psi[1], psi[2]};
    }

    /** 2H⁺: H's eigenvectors with eigenvalues above the tolerance, each weighted by 2/λ. */
    private static RealMatrix twicePseudoInverse(double[][] hessian) {
        for (double[] row : hessian) {
            for (double h : row) {
                if (!Double.isFinite(h)) {
                    return MatrixUtils.createRealMatrix(hessian.length, hessian.length)
                            .scalarAdd(Double.NaN);
                }
            }
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(hessian));
        int n = hessian.length;
        RealMatrix inverse = MatrixUtils.createRealMatrix(n, n);
        for (int k = 0; k < n; k++) {
            double lambda = eigen.getEigenvalue(k);
            if (lambda > EIGENVALUE_TOLERANCE) {
                RealVector u = eigen.getEigenvector(k);
                inverse = inverse.add(u.outerProduct(u).scalarMultiply(2 / lambda));
            }
        }
        return inverse;
    }
}
