package org.moralbase.stats.amce;

/**
 * One AMCE (Awad et al. 2018): the weighted difference in means {@code Σ_B w·Saved/Σ_B w − Σ_A w·Saved/Σ_A w}
 * of methods §2, its standard error, and the normal 95% interval {@code estimate ± 1.96·SE}. An attribute with
 * no rows or with one level missing has a NaN estimate, SE and interval; an SE is NaN when its degrees of
 * freedom vanish ({@code n ≤ 2}, or fewer than 2 clusters for the clustered SE).
 *
 * @param attribute the attribute (for a No. Characters stratum: {@link AmceAttribute#NO_CHARACTERS})
 * @param estimate the AMCE
 * @param standardError the plain or clustered SE, as the result's {@link SeType} says
 * @param ciLow {@code estimate − 1.96·SE}
 * @param ciHigh {@code estimate + 1.96·SE}
 * @param rows the number n of rows in the regression (subset rows at either level)
 * @param clusters the number G of distinct clusters among those rows
 */
public record AmceEstimate(
        AmceAttribute attribute,
        double estimate,
        double standardError,
        double ciLow,
        double ciHigh,
        long rows,
        long clusters) {

    /** The normal quantile of the 95% interval used by Awad 2018 and methods §2. */
    public static final double Z_95 = 1.96;

    /** Checks that the attribute is given and counts are non-negative. */
    public AmceEstimate {
        if (attribute == null) {
            throw new IllegalArgumentException("attribute must not be null");
        }
        if (rows < 0 || clusters < 0 || clusters > rows) {
            throw new IllegalArgumentException("need 0 ≤ clusters ≤ rows, got rows=" + rows + " clusters=" + clusters);
        }
    }

    /** Builds the estimate with the interval {@code estimate ± 1.96·standardError}. */
    public static AmceEstimate of(
            AmceAttribute attribute, double estimate, double standardError, long rows, long clusters) {
        return new AmceEstimate(
                attribute,
                estimate,
                standardError,
                estimate - Z_95 * standardError,
                estimate + Z_95 * standardError,
                rows,
                clusters);
    }
}
