package org.moralbase.stats.regression;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/** Two-sided Student-t p-values shared by the fitters. */
final class TDistributions {

    private TDistributions() {}

    /**
     * 2·P(T_df ≤ −|t|); uses the lower tail so tiny p-values keep their relative accuracy. df may be fractional
     * (Satterthwaite); df = +∞ is the normal limit, as R's {@code pt}; NaN or df ≤ 0 gives NaN.
     */
    static double twoSidedP(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        double tail = df == Double.POSITIVE_INFINITY
                ? new NormalDistribution(0, 1).cumulativeProbability(-Math.abs(t))
                : new TDistribution(df).cumulativeProbability(-Math.abs(t));
        return Math.min(1.0, 2.0 * tail);
    }

    /** A coefficient with its t and two-sided p on {@code df} degrees of freedom. */
    static Coefficient coefficient(String name, double estimate, double se, double df) {
        double t = estimate / se;
        return new Coefficient(name, estimate, se, df, t, twoSidedP(t, df));
    }
}
