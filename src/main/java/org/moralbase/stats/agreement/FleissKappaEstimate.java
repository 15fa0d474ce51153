package org.moralbase.stats.agreement;

import java.util.List;

/**
 * Fleiss' kappa κ = (P̄ − P_e) / (1 − P_e) with its per-category kappas (Fleiss 1971).
 *
 * @param kappa overall kappa
 * @param meanObservedAgreement P̄, the mean over items of the share of agreeing rater pairs
 * @param expectedAgreement P_e = Σ_j p_j²
 * @param categories category names (column indices "0", "1", … for count-matrix input)
 * @param categoryKappas κ_j for each category, in the order of {@code categories}; NaN where p_j is 0 or 1
 * @param items N, the number of items
 * @param ratersPerItem n, the fixed number of ratings per item
 */
public record FleissKappaEstimate(
        double kappa,
        double meanObservedAgreement,
        double expectedAgreement,
        List<String> categories,
        List<Double> categoryKappas,
        int items,
        int ratersPerItem) {

    /** Copies the lists so the record stays immutable. */
    public FleissKappaEstimate {
        categories = List.copyOf(categories);
        categoryKappas = List.copyOf(categoryKappas);
    }
}
