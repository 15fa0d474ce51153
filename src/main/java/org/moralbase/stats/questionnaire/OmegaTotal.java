package org.moralbase.stats.questionnaire;

import java.util.List;

/**
 * McDonald's (1999) omega total with one factor, as {@code psych::omegah} computes it: ω_t = (Σ R − Σ ψ_i) / Σ R,
 * where R is the correlation matrix with items that load negatively flipped ({@code flip = TRUE}) and ψ_i = 1 −
 * λ_i² are the uniquenesses of a one-factor minres solution ({@link OneFactorMinres}).
 */
final class OmegaTotal {

    private OmegaTotal() {}

    /** Omega total of a k ≥ 3 correlation matrix; NaN with a note for a Heywood case. */
    static double of(double[][] correlation, List<String> names, List<String> notes) {
        double[] lambda = OneFactorMinres.loadings(correlation);
        int k = lambda.length;
        double uniqueness = 0;
        for (int i = 0; i < k; i++) {
            double communality = lambda[i] * lambda[i];
            if (communality > ScaleReliability.MAX_COMMUNALITY) {
                notes.add(String.format(
                        java.util.Locale.ROOT,
                        "omega is undefined: the one-factor solution is a Heywood case (%s has communality %.4f > %s)",
                        names.get(i),
                        communality,
                        ScaleReliability.MAX_COMMUNALITY));
                return Double.NaN;
            }
            uniqueness += 1 - communality;
        }
        double total = 0;
        for (int i = 0; i < k; i++) {
            if (lambda[i] < 0) {
                notes.add(names.get(i) + " loads negatively on the common factor (is it keyed the right way?); "
                        + "omega flips it as psych does, alpha does not");
            }
            for (int j = 0; j < k; j++) {
                total += Math.signum(lambda[i] == 0 ? 1 : lambda[i])
                        * Math.signum(lambda[j] == 0 ? 1 : lambda[j])
                        * correlation[i][j];
            }
        }
        if (!(total > 0)) {
            notes.add("omega is undefined: the item correlations sum to zero or less");
            return Double.NaN;
        }
        return (total - uniqueness) / total;
    }
}
