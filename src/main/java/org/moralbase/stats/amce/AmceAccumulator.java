package org.moralbase.stats.amce;

import java.util.Arrays;

/**
 * Streaming, mergeable AMCE estimator (Awad et al. 2018, methods §2) built from sufficient statistics: it
 * gives the same {@link AmceResult} as {@link AmceEstimator} (up to rounding) without keeping rows, after
 * any split of the rows over accumulators and any order of {@link #merge}s.
 *
 * <p>State. Per (subset, level) cell L ∈ {A, B}: {@code W_L = Σ w}, {@code S_L = Σ w·Saved}, {@code Q_L =
 * Σ w·Saved²} and the row count, kept with Neumaier compensated summation (70 million rows); per (cluster g,
 * subset) the four sums {@code T_gA, S_gA, T_gB, S_gB} (Σ w and Σ w·Saved over g's rows at each level),
 * stored sparsely in a primitive open-addressing map (a respondent touches only a few subsets).
 *
 * <p>Plain SE. With {@code m_L = S_L/W_L}: {@code Σ_{i∈L} w_i e_i² = Q_L − 2 m_L S_L + m_L² W_L = Q_L − m_L
 * S_L}, so {@code Σ w e² = (Q_A − m_A S_A) + (Q_B − m_B S_B)} (clamped at 0 against rounding).
 *
 * <p>Clustered SE: derivation. With {@code ψ_i = w_i e_i (x_i/W_B − (1 − x_i)/W_A)} and {@code e_i =
 * Saved_i − m_{L(i)}}, a cluster's score splits by level:
 *
 * <pre>
 *   Σ_{i∈g} ψ_i = (1/W_B) Σ_{i∈g,B} w_i (Saved_i − m_B) − (1/W_A) Σ_{i∈g,A} w_i (Saved_i − m_A)
 *              = (S_gB − m_B T_gB)/W_B − (S_gA − m_A T_gA)/W_A  =: u_gB − u_gA,
 *   Σ_g (Σ_{i∈g} ψ_i)² = Σ_g u_gB² − 2 Σ_g u_gA u_gB + Σ_g u_gA²,  where
 *   W_B² Σ_g u_gB²      = Σ S_gB² − 2 m_B Σ S_gB T_gB + m_B² Σ T_gB²      (likewise for A),
 *   W_A W_B Σ u_gA u_gB = Σ S_gA S_gB − m_A Σ T_gA S_gB − m_B Σ S_gA T_gB + m_A m_B Σ T_gA T_gB.
 * </pre>
 *
 * So the CR1 sum needs only the per-cluster sums (T, S) at each level and the global means, which are known
 * only at the end. Because a cluster's rows may arrive in different accumulators, the per-cluster sums are
 * kept (not the ten cross-product sums above) and {@link #result} evaluates {@code Σ_g (u_gB − u_gA)²}
 * directly, one term per stored cluster: same value, no cancellation between the large expanded sums. G
 * counts the clusters with at least one row in the subset.
 *
 * <p>Not thread-safe: use one accumulator per thread and {@link #merge} them. Per row: one weight lookup, at
 * most five cells and five map updates, no allocation (except amortised array growth).
 */
public final class AmceAccumulator {

    private final double[] weight = new double[AmceCells.CELLS];
    private final double[] weightC = new double[AmceCells.CELLS];
    private final double[] saved = new double[AmceCells.CELLS];
    private final double[] savedC = new double[AmceCells.CELLS];
    private final double[] savedSq = new double[AmceCells.CELLS];
    private final double[] savedSqC = new double[AmceCells.CELLS];
    private final long[] count = new long[AmceCells.CELLS];
    private final ClusterCellMap clusters = new ClusterCellMap();
    private final int[] scratch = new int[AmceCells.MAX_PER_ROW]; // reused per row: add() stays allocation-free

    /** An empty accumulator. */
    public AmceAccumulator() {}

    /**
     * Empties this accumulator, as if new, but keeps the room it grew: a reader that fills one accumulator per
     * chunk of a file and merges it reuses it for the next chunk.
     */
    public void clear() {
        for (double[] cells : new double[][] {weight, weightC, saved, savedC, savedSq, savedSqC}) {
            Arrays.fill(cells, 0);
        }
        Arrays.fill(count, 0);
        clusters.clear();
    }

    /**
     * Adds one row to every (subset, level) cell it falls into ({@link AmceAttribute}), with weight {@link
     * DesignWeights#weight(AmceRow)}.
     *
     * @throws IllegalArgumentException if the row is null or its design columns are out of range
     */
    public void add(AmceRow row) {
        if (row == null) {
            throw new IllegalArgumentException("row must not be null");
        }
        double w = DesignWeights.weight(row);
        double y = row.saved();
        double wy = w * y;
        double wyy = wy * y;
        for (int k = AmceCells.classify(row, scratch) - 1; k >= 0; k--) {
            int c = scratch[k];
            add(weight, weightC, c, w);
            add(saved, savedC, c, wy);
            add(savedSq, savedSqC, c, wyy);
            count[c]++;
            clusters.add(row.cluster(), c, w, wy);
        }
    }

    /**
     * Adds all of {@code other}'s rows' statistics to this accumulator; {@code other} is unchanged.
     *
     * @throws IllegalArgumentException if other is null or this accumulator itself
     */
    public void merge(AmceAccumulator other) {
        mergeCells(other);
        clusters.addAll(other.clusters);
    }

    /**
     * Like {@link #merge(AmceAccumulator)}, but {@code other}'s cluster {@code c} counts as cluster {@code
     * newIds[c]}: for parts read by readers that numbered clusters each on its own (a chunk of a file).
     *
     * @throws IllegalArgumentException if other is null or this, or holds a cluster id without a new id
     */
    public void merge(AmceAccumulator other, long[] newIds) {
        if (newIds == null) {
            throw new IllegalArgumentException("newIds must not be null");
        }
        if (other == null || other == this) {
            throw new IllegalArgumentException("merge needs another, non-null accumulator");
        }
        clusters.addAllRenumbered(other.clusters, newIds);
        mergeCells(other);
    }

    private void mergeCells(AmceAccumulator other) {
        if (other == null || other == this) {
            throw new IllegalArgumentException("merge needs another, non-null accumulator");
        }
        for (int c = 0; c < AmceCells.CELLS; c++) {
            add(weight, weightC, c, other.weight[c]);
            add(weight, weightC, c, other.weightC[c]);
            add(saved, savedC, c, other.saved[c]);
            add(saved, savedC, c, other.savedC[c]);
            add(savedSq, savedSqC, c, other.savedSq[c]);
            add(savedSq, savedSqC, c, other.savedSqC[c]);
            count[c] += other.count[c];
        }
    }

    /**
     * The nine AMCEs and four strata over every row added so far (methods §2 formulas; see the class
     * comment for the clustered SE). Attributes with no rows or a missing level get NaN values.
     */
    public AmceResult result(SeType seType, CharactersDefinition charactersDefinition) {
        if (seType == null || charactersDefinition == null) {
            throw new IllegalArgumentException("seType and charactersDefinition must not be null");
        }
        double[] w = new double[AmceCells.CELLS];
        double[] mean = new double[AmceCells.CELLS];
        for (int c = 0; c < AmceCells.CELLS; c++) {
            w[c] = weight[c] + weightC[c];
            mean[c] = (saved[c] + savedC[c]) / w[c];
        }
        double[] sumSq = new double[AmceCells.SUBSETS];
        long[] g = new long[AmceCells.SUBSETS];
        for (int e = 0; e < clusters.size(); e++) {
            int s = (int) (clusters.key(e) & 15);
            double ua = (clusters.sum(e, 1) - mean[2 * s] * clusters.sum(e, 0)) / w[2 * s];
            double ub = (clusters.sum(e, 3) - mean[2 * s + 1] * clusters.sum(e, 2)) / w[2 * s + 1];
            // a level with no rows in g contributes exactly 0 (guards 0/0 when a level is empty overall)
            double score = (clusters.sum(e, 2) == 0 ? 0 : ub) - (clusters.sum(e, 0) == 0 ? 0 : ua);
            sumSq[s] += score * score;
            g[s]++;
        }
        SubsetSummary[] summaries = new SubsetSummary[AmceCells.SUBSETS];
        for (int s = 0; s < AmceCells.SUBSETS; s++) {
            int a = 2 * s;
            int b = a + 1;
            double sse = residual(a, mean[a]) + residual(b, mean[b]);
            long n = count[a] + count[b];
            summaries[s] = new SubsetSummary(
                    SubsetSummary.estimate(w[a], saved[a] + savedC[a], w[b], saved[b] + savedC[b]),
                    SubsetSummary.plainSe(sse, n, w[a], w[b]),
                    SubsetSummary.clusterSe(sumSq[s], n, g[s]),
                    n,
                    g[s]);
        }
        return AmceResult.assemble(summaries, seType, charactersDefinition);
    }

    /** The per-(cluster, subset) sums, for {@link AmceBootstrap}. */
    ClusterCellMap clusterSums() {
        return clusters;
    }

    /** {@code Σ_{i∈L} w e² = Q_L − m_L S_L}, 0 for an empty cell, clamped at 0. */
    private double residual(int c, double mean) {
        if (count[c] == 0) {
            return 0;
        }
        return Math.max(0, (savedSq[c] + savedSqC[c]) - mean * (saved[c] + savedC[c]));
    }

    // Neumaier compensated summation: sum[i] + comp[i] carries the running total
    private static void add(double[] sum, double[] comp, int i, double x) {
        double s = sum[i];
        double t = s + x;
        comp[i] += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
        sum[i] = t;
    }
}
