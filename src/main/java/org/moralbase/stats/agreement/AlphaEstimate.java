package org.moralbase.stats.agreement;

/**
 * Krippendorff's alpha α = 1 − D_o / D_e (Krippendorff 2011) with its parts.
 *
 * @param alpha the reliability coefficient; NaN when D_e = 0 (all pairable values identical: α undefined)
 * @param observedDisagreement D_o = (1/n) Σ_c Σ_k o_ck δ²_ck
 * @param expectedDisagreement D_e = 1/(n(n − 1)) Σ_c Σ_k n_c n_k δ²_ck
 * @param pairableUnits units with at least two values
 * @param pairableValues n, the number of values in pairable units
 * @param metric the difference function used
 */
public record AlphaEstimate(
        double alpha,
        double observedDisagreement,
        double expectedDisagreement,
        int pairableUnits,
        double pairableValues,
        Metric metric) {}
