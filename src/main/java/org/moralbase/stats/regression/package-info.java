/**
 * Regressions for the scaling analysis of Takemoto 2026 (methods §3): ordinary least squares by
 * Householder QR ({@link org.moralbase.stats.regression.Ols}), the power-law fit and its alternatives
 * ({@link org.moralbase.stats.regression.PowerLawFit}), Spearman rank correlation
 * ({@link org.moralbase.stats.regression.Spearman}) and a REML linear mixed model with a correlated random
 * intercept and slope per group ({@link org.moralbase.stats.regression.LinearMixedModel}) with Satterthwaite
 * df for its fixed effects, each checked against R ({@code lm}, {@code cor.test}, {@code lme4::lmer},
 * {@code lmerTest}). Pure Java plus Hipparchus.
 */
package org.moralbase.stats.regression;
