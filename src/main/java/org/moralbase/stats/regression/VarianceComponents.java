package org.moralbase.stats.regression;

/**
 * Estimated variance components of a random intercept and slope, Σ = σ²·TTᵀ (lme4's {@code VarCorr}).
 *
 * @param interceptSd SD of the random intercept, σ·|θ₁₁|
 * @param slopeSd SD of the random slope, σ·√(θ₂₁² + θ₂₂²)
 * @param correlation their correlation θ₁₁θ₂₁ / (|θ₁₁|·√(θ₂₁² + θ₂₂²)); NaN when either SD is 0 (lme4
 *     prints NaN there too); ±1 when θ₂₂ = 0
 * @param residualSd σ̂, the REML residual SD
 */
public record VarianceComponents(double interceptSd, double slopeSd, double correlation, double residualSd) {}
