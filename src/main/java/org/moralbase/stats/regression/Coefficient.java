package org.moralbase.stats.regression;

/**
 * One estimated regression coefficient with its Wald test: t = estimate / SE and a two-sided p-value from
 * Student's t with the degrees of freedom stated by the fitter that made it.
 *
 * @param name the column name ({@value Design#INTERCEPT} for the intercept)
 * @param estimate the point estimate
 * @param standardError the estimated standard error
 * @param df the degrees of freedom of the t-test: n − p for OLS, Satterthwaite's for the mixed model
 * @param tValue estimate / standardError
 * @param pValue two-sided p-value, 2·P(T_df ≥ |t|)
 */
public record Coefficient(
        String name, double estimate, double standardError, double df, double tValue, double pValue) {}
