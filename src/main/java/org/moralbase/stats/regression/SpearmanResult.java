package org.moralbase.stats.regression;

/**
 * Spearman's rank correlation and its test, as R's {@code cor.test(x, y, method = "spearman", exact = FALSE)}
 * reports it.
 *
 * @param rho Spearman's ρ: Pearson's correlation of the average ranks
 * @param statistic R's S = (n³ − n)(1 − ρ)/6
 * @param pValue two-sided p from t = ρ·√((n − 2)/(1 − ρ²)) on n − 2 df
 * @param n number of pairs
 */
public record SpearmanResult(double rho, double statistic, double pValue, int n) {}
