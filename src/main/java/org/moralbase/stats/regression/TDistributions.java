package org.moralbase.stats.regression;

import org.hipparchus.distribution.continuous.TDistribution;

/** Two-sided Student-t p-values shared by the fitters. */
final class TDistributions {

    private TDistributions() {}

    /** 2·P(T_df ≤ −|t|); uses the lower tail so tiny p-values keep their relative accuracy. */
    static double twoSidedP(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return Math.min(1.0, 2.0 * new TDistribution(df).cumulativeProbability(-Math.abs(t)));
    }

    /** A coefficient with its t and two-sided p on {@code df} degrees of freedom. */
    static Coefficient coefficient(String name, double estimate, double se, double df) {
        double t = estimate / se;
        return new Coefficient(name, estimate, se, t, twoSidedP(t, df));
    }
}
