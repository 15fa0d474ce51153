package org.moralbase.stats.amce;

/**
 * A cluster-bootstrap summary of one AMCE (Efron &amp; Tibshirani 1993, ch. 13 percentile interval; clusters
 * resampled as in Cameron, Gelbach &amp; Miller 2008).
 *
 * @param attribute the attribute
 * @param estimate the full-sample AMCE
 * @param standardError the standard deviation (denominator B' − 1) of the valid replicate estimates
 * @param ciLow the 2.5% percentile of the valid replicates (R's {@code quantile} type 7)
 * @param ciHigh the 97.5% percentile of the valid replicates
 * @param validReplicates the replicates with a finite estimate (a resample may miss a level entirely)
 */
public record BootstrapInterval(
        AmceAttribute attribute,
        double estimate,
        double standardError,
        double ciLow,
        double ciHigh,
        int validReplicates) {}
