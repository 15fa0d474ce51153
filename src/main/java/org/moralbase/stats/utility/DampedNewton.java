package org.moralbase.stats.utility;

import org.hipparchus.exception.MathRuntimeException;

/**
 * Newton's method with Levenberg damping for the Thurstonian loss (Nocedal and Wright, Numerical Optimization, 2nd ed.,
 * §3.4 and §10.3): each step solves (H + λ·(diag F + mean(diag F)·I)) δ = g, H the Hessian and F the expected
 * information, by preconditioned conjugate gradients ({@link PairHessian}) to a relative residual of min(0.1, √‖g‖)
 * (an inexact Newton step, Eisenstat and Walker 1996); where the damped H is not positive definite (far from the
 * optimum, or σ running to the floor) the step is Fisher scoring's, with F in place of H. A step is kept when the loss
 * goes down (then λ shrinks tenfold), else retried with λ ten times larger. A step that leaves the loss within rounding
 * (1e-15 relative) is kept when it lowers the largest gradient component, so the gradient tolerance can be reached
 * where the loss no longer resolves the progress; after 20 steps in a row that each lower the loss by less than 1e-13
 * relative the search stops (the loss crawls without an optimum in reach, e.g. where Φ is clamped). The damping also
 * takes care of the loss's flat directions (a shift of μ; a common scaling of μ and σ), along which g has no component.
 */
final class DampedNewton {

    /** The conjugate-gradient solve's largest relative residual (Eisenstat and Walker's forcing term, capped). */
    private static final double RELATIVE_RESIDUAL = 0.1;

    /** Relative changes of the loss this small are rounding (a few units in the last place of a double). */
    private static final double ROUNDING = 1e-15;

    /** A step lowering the loss by less than this, relative, makes no visible progress. */
    private static final double STALLED = 1e-13;

    /** Stops after this many steps in a row without visible progress (the loss crawls, e.g. at the clamp of Φ). */
    private static final int PATIENCE = 20;

    private DampedNewton() {}

    static Lbfgs.Result minimize(ThurstonianFit.Loss loss, double[] start, int maxIterations, double tolerance) {
        double[] x = start.clone();
        double fx = loss.value(x);
        double[] g = loss.gradient(x);
        double lambda = 1e-3;
        int iteration = 0;
        int stalled = 0;
        while (iteration < maxIterations && Lbfgs.maxAbs(g) > tolerance) {
            iteration++;
            PairHessian h = loss.curvature(x, false);
            PairHessian expected = null;
            double gradientNorm = Math.sqrt(Lbfgs.dot(g, g));
            boolean moved = false;
            for (int attempt = 0; attempt < 30 && !moved; attempt++) {
                double eta = Math.min(RELATIVE_RESIDUAL, Math.sqrt(gradientNorm));
                double[] step;
                try {
                    step = h.solve(lambda, g, eta);
                } catch (ArithmeticException | MathRuntimeException notPositive) {
                    // an indefinite Hessian (far from the optimum, or σ running to the floor): a Fisher-scoring step
                    if (expected == null) {
                        expected = loss.curvature(x, true);
                    }
                    try {
                        step = expected.solve(lambda, g, eta);
                    } catch (ArithmeticException | MathRuntimeException alsoNotPositive) {
                        lambda *= 10;
                        continue;
                    }
                }
                double[] next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    next[i] = x[i] - step[i];
                }
                double fnext = loss.value(next);
                double[] gnext = null;
                if (Double.isFinite(fnext) && !(fnext < fx) && fnext - fx <= ROUNDING * Math.abs(fx)) {
                    // within the loss's rounding: a step that flattens the gradient is still progress
                    gnext = loss.gradient(next);
                }
                if (Double.isFinite(fnext)
                        && (fnext < fx || (gnext != null && Lbfgs.maxAbs(gnext) < Lbfgs.maxAbs(g)))) {
                    moved = true;
                    stalled = fx - fnext < STALLED * Math.abs(fx) ? stalled + 1 : 0;
                    x = next;
                    fx = fnext;
                    lambda = Math.max(lambda / 10, 1e-15);
                } else {
                    lambda *= 10;
                }
            }
            if (!moved || stalled >= PATIENCE) {
                break; // no damping makes progress any more, or the loss has stopped moving
            }
            g = loss.gradient(x);
        }
        return new Lbfgs.Result(x, fx, iteration, Lbfgs.maxAbs(g));
    }
}
