package org.moralbase.stats.moralgraph;

/**
 * MGE's summary of one ordered pair.
 *
 * @param wiserLikelihood (markedWiser − markedLessWise) / (markedWiser + markedNotWiser + markedUnsure +
 *     markedLessWise); NaN when that total is 0 (only reverse no_upgrade / not_sure votes: MGE divides 0 by 0 too)
 * @param entropy Shannon entropy in bits of the five counts taken as one distribution, impressions included (MGE's
 *     {@code calculateEntropy(edge.counts)} sums over every field of {@code counts})
 */
public record EdgeSummary(double wiserLikelihood, double entropy) {

    private static final double LN2 = Math.log(2);

    /**
     * The summary of the counts, exactly as MGE computes it: wiserLikelihood as above; entropy = −Σ p·log2 p over
     * p = c / (wiser + notWiser + lessWise + unsure + impressions) for each of the five counts c, zero terms skipped.
     */
    public static EdgeSummary of(EdgeCounts c) {
        double likelihood = (double) (c.markedWiser() - c.markedLessWise()) / c.total();
        int[] counts = {c.markedWiser(), c.markedNotWiser(), c.markedLessWise(), c.markedUnsure(), c.impressions()};
        double all = 0;
        for (int n : counts) {
            all += n;
        }
        double entropy = 0;
        for (int n : counts) {
            double p = n / all;
            if (p > 0) {
                entropy -= p * (Math.log(p) / LN2);
            }
        }
        return new EdgeSummary(likelihood, entropy);
    }
}
