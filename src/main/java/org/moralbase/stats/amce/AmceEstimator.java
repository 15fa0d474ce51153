package org.moralbase.stats.amce;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch AMCE estimator of Awad et al. (2018), methods §2, computed the straightforward two-pass way: pass 1
 * forms per (subset, level) the weight sums W and weighted means m; pass 2 forms the residuals
 * {@code e_i = Saved_i − m}, the plain SE from {@code Σ w e²} and the CR1 clustered SE from the per-cluster
 * sums of {@code ψ_i = w_i e_i (x_i/W_B − (1 − x_i)/W_A)}. Each attribute is the weighted least-squares
 * regression {@code lm(Saved ~ x, weights = w)} on its subset ({@link AmceAttribute}), whose slope is exactly
 * that difference of weighted means. An attribute with no rows or a missing level gets NaN values instead of
 * an exception. Immutable; {@link #withDefaults()} is Awad's choice: clustered SEs and max-stratum No.
 * Characters (the bar of Awad 2018 Fig. 2a).
 */
public final class AmceEstimator {

    private final SeType seType;
    private final CharactersDefinition charactersDefinition;

    private AmceEstimator(SeType seType, CharactersDefinition charactersDefinition) {
        this.seType = seType;
        this.charactersDefinition = charactersDefinition;
    }

    /** Clustered (CR1) SEs and max-stratum No. Characters, as Awad 2018 Fig. 2a. */
    public static AmceEstimator withDefaults() {
        return new AmceEstimator(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM);
    }

    /** A copy using the given SE type. */
    public AmceEstimator with(SeType type) {
        if (type == null) {
            throw new IllegalArgumentException("seType must not be null");
        }
        return new AmceEstimator(type, charactersDefinition);
    }

    /** A copy using the given No. Characters definition. */
    public AmceEstimator with(CharactersDefinition definition) {
        if (definition == null) {
            throw new IllegalArgumentException("charactersDefinition must not be null");
        }
        return new AmceEstimator(seType, definition);
    }

    /**
     * Estimates all nine AMCEs and the four No. Characters strata.
     *
     * @param rows the response rows (read twice)
     * @throws IllegalArgumentException if a row's design columns are out of range ({@link DesignWeights})
     */
    public AmceResult estimate(List<AmceRow> rows) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null");
        }
        int[] cells = new int[AmceCells.MAX_PER_ROW];
        double[] weight = new double[AmceCells.CELLS];
        double[] saved = new double[AmceCells.CELLS];
        long[] count = new long[AmceCells.CELLS];
        for (AmceRow row : rows) {
            double w = DesignWeights.weight(row);
            for (int k = AmceCells.classify(row, cells) - 1; k >= 0; k--) {
                weight[cells[k]] += w;
                saved[cells[k]] += w * row.saved();
                count[cells[k]]++;
            }
        }
        double[] mean = new double[AmceCells.CELLS];
        for (int c = 0; c < AmceCells.CELLS; c++) {
            mean[c] = saved[c] / weight[c];
        }
        double[] sse = new double[AmceCells.SUBSETS];
        List<Map<Long, Double>> scores = new ArrayList<>();
        for (int s = 0; s < AmceCells.SUBSETS; s++) {
            scores.add(new HashMap<>());
        }
        for (AmceRow row : rows) {
            double w = DesignWeights.weight(row);
            for (int k = AmceCells.classify(row, cells) - 1; k >= 0; k--) {
                int subset = cells[k] / 2;
                int x = cells[k] % 2;
                double e = row.saved() - mean[cells[k]];
                sse[subset] += w * e * e;
                double psi = w * e * (x / weight[2 * subset + 1] - (1 - x) / weight[2 * subset]);
                scores.get(subset).merge(row.cluster(), psi, Double::sum);
            }
        }
        SubsetSummary[] summaries = new SubsetSummary[AmceCells.SUBSETS];
        for (int s = 0; s < AmceCells.SUBSETS; s++) {
            double wa = weight[2 * s];
            double wb = weight[2 * s + 1];
            long n = count[2 * s] + count[2 * s + 1];
            double sumSq = 0;
            for (double score : scores.get(s).values()) {
                sumSq += score * score;
            }
            long g = scores.get(s).size();
            summaries[s] = new SubsetSummary(
                    SubsetSummary.estimate(wa, saved[2 * s], wb, saved[2 * s + 1]),
                    SubsetSummary.plainSe(sse[s], n, wa, wb),
                    SubsetSummary.clusterSe(sumSq, n, g),
                    n,
                    g);
        }
        return AmceResult.assemble(summaries, seType, charactersDefinition);
    }
}
