package org.moralbase.stats.regression;

import java.util.List;

/**
 * The power-law fit log10 D = a + α·log10 S (D ∝ S^α) of Takemoto 2026 and its alternatives (methods §3).
 *
 * @param alpha the slope α (negative: distance falls with size)
 * @param alphaStandardError SE of α
 * @param intercept a
 * @param rSquared R² of the log-log fit
 * @param pValue two-sided p of α (t, n − 2 df)
 * @param n number of models
 * @param candidates power law, linear, logarithmic, exponential, in that order
 */
public record PowerLawResult(
        double alpha,
        double alphaStandardError,
        double intercept,
        double rSquared,
        double pValue,
        int n,
        List<CandidateFit> candidates) {

    /** Copies the list so the record stays immutable. */
    public PowerLawResult {
        candidates = List.copyOf(candidates);
    }

    /** The candidate with the given name ({@link PowerLawFit#POWER_LAW} etc.). */
    public CandidateFit candidate(String name) {
        return candidates.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate '" + name + "'"));
    }
}
