package org.moralbase.stats.agreement;

/**
 * Krippendorff's alpha with a bootstrap percentile interval ({@link AlphaBootstrap}).
 *
 * @param estimate alpha on the full data
 * @param ciLow lower percentile bound
 * @param ciHigh upper percentile bound
 * @param level confidence level, e.g. 0.95
 * @param replicates B, the number of bootstrap resamples drawn
 * @param undefinedReplicates resamples with no variation (D_e = 0, alpha undefined), left out of the
 *     percentiles
 * @param seed the seed that reproduces the resamples
 */
public record AlphaInterval(
        AlphaEstimate estimate,
        double ciLow,
        double ciHigh,
        double level,
        int replicates,
        int undefinedReplicates,
        long seed) {}
