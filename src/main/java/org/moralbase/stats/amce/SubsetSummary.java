package org.moralbase.stats.amce;

/**
 * What one regression subset yields: the AMCE, both standard errors, n and G (methods §2). The static
 * methods are the closing formulas shared by the batch estimator and the accumulator.
 */
record SubsetSummary(double estimate, double plainSe, double clusterSe, long rows, long clusters) {

    /** {@code S_B/W_B − S_A/W_A}; NaN when a level has no weight. */
    static double estimate(double weightA, double savedA, double weightB, double savedB) {
        return weightA > 0 && weightB > 0 ? savedB / weightB - savedA / weightA : Double.NaN;
    }

    /** {@code sqrt(Σ w e² / (n − 2) · (1/W_A + 1/W_B))}, R's {@code summary(lm)} SE; NaN if n ≤ 2. */
    static double plainSe(double sumWeightedSquaredResiduals, long rows, double weightA, double weightB) {
        if (rows <= 2 || !(weightA > 0 && weightB > 0)) {
            return Double.NaN;
        }
        return Math.sqrt(sumWeightedSquaredResiduals / (rows - 2) * (1 / weightA + 1 / weightB));
    }

    /** CR1: {@code sqrt(G/(G−1) · (n−1)/(n−2) · Σ_g (Σ_{i∈g} ψ_i)²)}; NaN if G &lt; 2 or n ≤ 2. */
    static double clusterSe(double sumSquaredClusterScores, long rows, long clusters) {
        if (clusters < 2 || rows <= 2) {
            return Double.NaN;
        }
        double g = clusters;
        double n = rows;
        return Math.sqrt(g / (g - 1) * ((n - 1) / (n - 2)) * sumSquaredClusterScores);
    }

    /** The estimate with the requested SE as a public record. */
    AmceEstimate toEstimate(AmceAttribute attribute, SeType seType) {
        double se = seType == SeType.PLAIN ? plainSe : clusterSe;
        if (Double.isNaN(estimate)) {
            se = Double.NaN;
        }
        return AmceEstimate.of(attribute, estimate, se, rows, clusters);
    }
}
