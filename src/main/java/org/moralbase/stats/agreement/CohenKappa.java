package org.moralbase.stats.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa for two raters (J. Cohen, "A coefficient of agreement for nominal scales", Educational and
 * Psychological Measurement 20:37–46, 1960): κ = (p_o − p_e) / (1 − p_e) from the k × k agreement table p_ij
 * (rows rater 1, columns rater 2, as proportions of n). Its standard error is the square root of the
 * large-sample variance of J. L. Fleiss, J. Cohen &amp; B. S. Everitt, "Large sample standard errors of kappa
 * and weighted kappa", Psychological Bulletin 72:323–327 (1969), as in R's {@code
 * psych::cohen.kappa}:
 *
 * <pre>
 * Var(κ) = [ Σ_i p_ii ((1 − p_e) − (p_i· + p_·i)(1 − p_o))²
 *          + (1 − p_o)² Σ_{i≠j} p_ij (p_·i + p_j·)²
 *          − (p_o p_e − 2 p_e + p_o)² ] / (n (1 − p_e)⁴)
 * </pre>
 */
public final class CohenKappa {

    private CohenKappa() {}

    /**
     * Cohen's kappa of a square agreement table of counts.
     *
     * @param table table[i][j] = items rater 1 put in category i and rater 2 in category j
     * @throws IllegalArgumentException if the table is not square, has negative or no counts, or p_e = 1
     */
    public static CohenKappaEstimate estimate(long[][] table) {
        int k = table.length;
        double n = 0;
        for (long[] row : table) {
            if (row.length != k) {
                throw new IllegalArgumentException("the agreement table must be square, got a row of " + row.length
                        + " in a table of " + k + " rows");
            }
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts must be non-negative, got " + count);
                }
                n += count;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("Cohen's kappa needs at least one item rated by both raters");
        }
        double[] rows = new double[k];
        double[] cols = new double[k];
        double po = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += table[i][j] / n;
                cols[j] += table[i][j] / n;
            }
            po += table[i][i] / n;
        }
        double pe = 0;
        for (int i = 0; i < k; i++) {
            pe += rows[i] * cols[i];
        }
        if (pe == 1) {
            throw new IllegalArgumentException("both raters used one single category: p_e = 1, kappa undefined");
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double p = table[i][j] / n;
                if (i == j) {
                    double d = (1 - pe) - (rows[i] + cols[i]) * (1 - po);
                    sum += p * d * d;
                } else {
                    double s = cols[i] + rows[j];
                    sum += (1 - po) * (1 - po) * p * s * s;
                }
            }
        }
        double last = po * pe - 2 * pe + po;
        double variance = (sum - last * last) / (n * Math.pow(1 - pe, 4));
        // psych::cohen.kappa also floors a (rounding-)negative variance at 0
        double se = Math.sqrt(Math.max(0, variance));
        return new CohenKappaEstimate((po - pe) / (1 - pe), se, po, pe, (long) n);
    }

    /**
     * Cohen's kappa of long-format ratings by exactly two raters; items that either rater left out (or
     * rated null) are dropped, as are items rated by one rater only.
     *
     * @param ratings ratings by exactly two distinct raters, at most one per (item, rater)
     */
    public static CohenKappaEstimate estimate(Collection<? extends Rating<?>> ratings) {
        List<String> raters = ratings.stream().map(Rating::rater).distinct().toList();
        if (raters.size() != 2) {
            throw new IllegalArgumentException("Cohen's kappa needs exactly two raters, got " + raters);
        }
        Map<String, Object[]> byItem = new LinkedHashMap<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        for (Rating<?> rating : ratings) {
            Object[] pair = byItem.computeIfAbsent(rating.item(), item -> new Object[2]);
            int slot = raters.indexOf(rating.rater());
            if (!seen.add(List.of(rating.item(), rating.rater()))) {
                throw new IllegalArgumentException(
                        "rater " + rating.rater() + " rated item " + rating.item() + " more than once");
            }
            pair[slot] = rating.value();
        }
        List<Object> categories = new ArrayList<>();
        List<Object[]> complete = byItem.values().stream()
                .filter(pair -> pair[0] != null && pair[1] != null)
                .toList();
        for (Object[] pair : complete) {
            for (Object label : pair) {
                if (!categories.contains(label)) {
                    categories.add(label);
                }
            }
        }
        long[][] table = new long[categories.size()][categories.size()];
        for (Object[] pair : complete) {
            table[categories.indexOf(pair[0])][categories.indexOf(pair[1])]++;
        }
        return estimate(table);
    }
}
