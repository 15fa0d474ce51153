package org.moralbase.stats.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fleiss' kappa for a fixed number n ≥ 2 of ratings per item (J. L. Fleiss, "Measuring nominal scale
 * agreement among many raters", Psychological Bulletin 76:378–382, 1971). With n_ij the number of ratings
 * of item i in category j, N items:
 *
 * <pre>
 * p_j = Σ_i n_ij / (N n),  P_i = (Σ_j n_ij² − n) / (n(n − 1)),  P̄ = mean P_i,  P_e = Σ_j p_j²
 * κ = (P̄ − P_e) / (1 − P_e),   κ_j = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j q_j)
 * </pre>
 *
 * Raters need not be the same people across items, but every item must have the same number of ratings;
 * with unequal numbers use {@link KrippendorffAlpha} instead.
 */
public final class FleissKappa {

    private FleissKappa() {}

    /**
     * Fleiss' kappa of an items × categories count matrix.
     *
     * @param counts n_ij ≥ 0; every row must sum to the same n ≥ 2
     * @throws IllegalArgumentException if rows sum to different totals, n &lt; 2, or P_e = 1
     */
    public static FleissKappaEstimate estimate(int[][] counts) {
        List<String> names = new ArrayList<>();
        if (counts.length > 0) {
            for (int j = 0; j < counts[0].length; j++) {
                names.add(Integer.toString(j));
            }
        }
        return estimate(counts, names);
    }

    /**
     * Fleiss' kappa of long-format ratings; null values (missing) are dropped before counting, categories
     * are labels in order of first appearance.
     *
     * @param ratings each item must end up with the same number of non-null ratings
     */
    public static FleissKappaEstimate estimate(Collection<? extends Rating<?>> ratings) {
        Map<Object, Integer> categories = new LinkedHashMap<>();
        Map<String, List<Integer>> byItem = new LinkedHashMap<>();
        for (Rating<?> rating : ratings) {
            List<Integer> codes = byItem.computeIfAbsent(rating.item(), k -> new ArrayList<>());
            if (rating.value() != null) {
                codes.add(categories.computeIfAbsent(rating.value(), v -> categories.size()));
            }
        }
        int[][] counts = new int[byItem.size()][categories.size()];
        int i = 0;
        for (List<Integer> codes : byItem.values()) {
            for (int code : codes) {
                counts[i][code]++;
            }
            i++;
        }
        List<String> names = categories.keySet().stream().map(String::valueOf).toList();
        return estimate(counts, names);
    }

    private static FleissKappaEstimate estimate(int[][] counts, List<String> names) {
        int items = counts.length;
        if (items == 0) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least one item");
        }
        int k = names.size();
        int n = rowTotal(counts[0], k, 0);
        for (int i = 1; i < items; i++) {
            if (rowTotal(counts[i], k, i) != n) {
                throw new IllegalArgumentException("Fleiss' kappa needs the same number of ratings per item: item "
                        + i + " has " + rowTotal(counts[i], k, i) + ", item 0 has " + n
                        + " (use Krippendorff's alpha for unequal numbers)");
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least 2 ratings per item, got " + n);
        }
        double[] p = new double[k];
        double sumPi = 0;
        for (int[] row : counts) {
            double squares = 0;
            for (int j = 0; j < k; j++) {
                p[j] += row[j];
                squares += (double) row[j] * row[j];
            }
            sumPi += (squares - n) / ((double) n * (n - 1));
        }
        double pBar = sumPi / items;
        double pe = 0;
        for (int j = 0; j < k; j++) {
            p[j] /= (double) items * n;
            pe += p[j] * p[j];
        }
        if (pe == 1) {
            throw new IllegalArgumentException("all ratings fall in one category: P_e = 1 and kappa is undefined");
        }
        List<Double> categoryKappas = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double disagreement = 0;
            for (int[] row : counts) {
                disagreement += (double) row[j] * (n - row[j]);
            }
            double denominator = (double) items * n * (n - 1) * p[j] * (1 - p[j]);
            categoryKappas.add(denominator == 0 ? Double.NaN : 1 - disagreement / denominator);
        }
        return new FleissKappaEstimate((pBar - pe) / (1 - pe), pBar, pe, names, categoryKappas, items, n);
    }

    private static int rowTotal(int[] row, int categories, int item) {
        if (row.length != categories) {
            throw new IllegalArgumentException(
                    "item " + item + " has " + row.length + " category counts, expected " + categories);
        }
        int total = 0;
        for (int count : row) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count in item " + item);
            }
            total += count;
        }
        return total;
    }
}
