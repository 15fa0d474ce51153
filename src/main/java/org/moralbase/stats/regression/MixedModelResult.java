package org.moralbase.stats.regression;

import java.util.List;

/**
 * A REML fit of a linear mixed model with a correlated random intercept and slope per group.
 *
 * @param fixedEffects intercept first; SEs from σ̂²(RXᵀRX)⁻¹ as lme4's {@code vcov}; df and p-values from t
 *     with Satterthwaite's df, as lmerTest's {@code summary()} (see {@link Satterthwaite})
 * @param varianceComponents SDs and correlation of the random effects and the residual SD
 * @param remlCriterion the minimised REML deviance, as lme4's {@code REMLcrit}
 * @param theta the relative covariance factor (θ₁₁, θ₂₁, θ₂₂) at the optimum, as lme4's
 *     {@code getME(fit, "theta")}
 * @param singular true when θ₁₁ or θ₂₂ is below 1e-4 (lme4's {@code isSingular(tol = 1e-4)}): a boundary fit
 * @param n observations
 * @param groups number of groups
 */
public record MixedModelResult(
        List<Coefficient> fixedEffects,
        VarianceComponents varianceComponents,
        double remlCriterion,
        List<Double> theta,
        boolean singular,
        int n,
        int groups) {

    /** Copies the lists so the record stays immutable. */
    public MixedModelResult {
        fixedEffects = List.copyOf(fixedEffects);
        theta = List.copyOf(theta);
    }

    /** The fixed effect of the named column ({@value Design#INTERCEPT} for the intercept). */
    public Coefficient fixedEffect(String name) {
        return fixedEffects.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixed effect '" + name + "'"));
    }
}
