package org.moralbase.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * REML fit of y = Xβ + Zb + ε with a correlated random intercept and slope per group, lme4's
 * {@code lmer(y ~ X + (1 + x | g), REML = TRUE)}: the profiled REML deviance of Bates et al. (2015, J. Stat.
 * Softw. 67(1)) is minimised over the Cholesky factor θ = (θ₁₁, θ₂₁, θ₂₂), θ₁₁, θ₂₂ ≥ 0, by Powell's BOBYQA
 * (Hipparchus) from lme4's start (1, 0, 1) and six further starts, keeping the lowest deviance and
 * restarting once from it (multi-start, because on table S1 of Takemoto 2026 a single start from (1, 0, 1)
 * stops at a worse local minimum with θ₁₁ = 0).
 *
 * <p>Choices: fixed-effect t-tests use {@link Satterthwaite}'s df, as {@code summary()} of
 * {@code lmerTest::lmer} (which Takemoto 2026 used), not the residual n − p: on table S1 n − p puts the p of
 * log10 S at 2e-10 where Satterthwaite's 5.9 df give 3e-4. A fit with θ on the boundary is reported as
 * {@code singular}, never thrown. Groups with a single observation are allowed.
 */
public final class LinearMixedModel {

    /** lme4's {@code isSingular} tolerance on the θ diagonal. */
    public static final double SINGULAR_TOLERANCE = 1e-4;

    /**
     * Starting points for BOBYQA: lme4's (1, 0, 1) first, then strong positive and negative correlations
     * and small variances, because the REML surface can have a second local minimum on the boundary.
     */
    private static final double[][] STARTS = {
        {1, 0, 1}, {1, -1, 0.5}, {1, 1, 0.5}, {0.2, -0.2, 0.1}, {0.2, 0.2, 0.1}, {0.1, 0, 0.1}, {3, 0, 3}
    };

    private LinearMixedModel() {}

    /**
     * Fits the model.
     *
     * @param fixed fixed-effect columns without intercept (an intercept is added)
     * @param slopeColumn the column of {@code fixed} that also gets a random slope
     * @param groups the grouping label of each row
     * @param y the response
     * @throws IllegalArgumentException on length mismatch, fewer than 2 groups, as many groups as
     *     observations, n ≤ p, a non-finite y, or non-identifiable fixed effects
     */
    public static MixedModelResult fit(Design fixed, String slopeColumn, List<String> groups, double[] y) {
        int n = fixed.rows();
        if (y.length != n || groups.size() != n) {
            throw new IllegalArgumentException("design (" + n + " rows), groups (" + groups.size() + ") and y ("
                    + y.length + ") must have the same length");
        }
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("y holds a non-finite value");
            }
        }
        int[][] rowsOfGroup = rowsOfGroup(groups);
        if (rowsOfGroup.length < 2 || rowsOfGroup.length >= n) {
            throw new IllegalArgumentException(
                    "need at least 2 groups and fewer groups than observations, got " + rowsOfGroup.length);
        }
        double[][] x = fixed.withIntercept();
        int p = x[0].length;
        if (n <= p) {
            throw new IllegalArgumentException("need more observations (" + n + ") than fixed effects (" + p + ")");
        }
        RemlDeviance reml = new RemlDeviance(x, y, fixed.column(slopeColumn), rowsOfGroup);
        if (reml.solve(new double[] {0, 0, 0}) == null) {
            throw new IllegalArgumentException("fixed effects are not identifiable (rank-deficient design)");
        }
        double[] theta = null;
        for (double[] start : STARTS) {
            double[] candidate = optimise(reml, start, 0.5);
            if (theta == null || reml.deviance(candidate) < reml.deviance(theta)) {
                theta = candidate;
            }
        }
        theta = optimise(reml, theta, 0.05);
        return result(reml, theta, fixed.namesWithIntercept(), n, rowsOfGroup.length);
    }

    private static double[] optimise(RemlDeviance reml, double[] start, double radius) {
        double[] lower = {0, Double.NEGATIVE_INFINITY, 0};
        double[] upper = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        // a start on a bound is fine: BOBYQA places its interpolation points inside the box itself
        double[] guess = start.clone();
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(7, radius, 1e-10);
        PointValuePair best = optimizer.optimize(
                new MaxEval(20_000),
                new ObjectiveFunction(reml::deviance),
                GoalType.MINIMIZE,
                new InitialGuess(guess),
                new SimpleBounds(lower, upper));
        double[] candidate = best.getPoint();
        return reml.deviance(candidate) <= reml.deviance(start) ? candidate : start.clone();
    }

    private static MixedModelResult result(
            RemlDeviance reml, double[] theta, List<String> names, int n, int groupCount) {
        RemlDeviance.Solution s = reml.solve(theta);
        double sigma = Math.sqrt(s.sigmaSquared());
        double[] df = Satterthwaite.degreesOfFreedom(reml, theta, sigma);
        List<Coefficient> fixedEffects = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            double se = Math.sqrt(s.sigmaSquared() * s.unscaledCovariance()[j][j]);
            fixedEffects.add(TDistributions.coefficient(names.get(j), s.beta()[j], se, df[j]));
        }
        double interceptSd = sigma * Math.abs(theta[0]);
        double slopeSd = sigma * Math.hypot(theta[1], theta[2]);
        double correlation = interceptSd == 0 || slopeSd == 0
                ? Double.NaN
                : theta[0] * theta[1] / (Math.abs(theta[0]) * Math.hypot(theta[1], theta[2]));
        boolean singular = theta[0] < SINGULAR_TOLERANCE || theta[2] < SINGULAR_TOLERANCE;
        return new MixedModelResult(
                fixedEffects,
                new VarianceComponents(interceptSd, slopeSd, correlation, sigma),
                s.deviance(),
                List.of(theta[0], theta[1], theta[2]),
                singular,
                n,
                groupCount);
    }

    /** Row indices per group, groups in order of first appearance. */
    private static int[][] rowsOfGroup(List<String> groups) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            if (g == null) {
                throw new IllegalArgumentException("group label of row " + i + " is null");
            }
            rows.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
        }
        return rows.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }
}
