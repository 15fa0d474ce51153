package org.moralbase.stats.agreement;

/**
 * Cohen's kappa for two raters (Cohen 1960) with its large-sample standard error (Fleiss, Cohen &amp;
 * Everitt 1969).
 *
 * @param kappa κ = (p_o − p_e) / (1 − p_e)
 * @param standardError √Var(κ), the non-null large-sample standard error; use it for confidence intervals,
 *     not for testing κ = 0
 * @param observedAgreement p_o = Σ_i p_ii
 * @param expectedAgreement p_e = Σ_i p_i· p_·i
 * @param items n, the number of items rated by both raters
 */
public record CohenKappaEstimate(
        double kappa, double standardError, double observedAgreement, double expectedAgreement, long items) {}
