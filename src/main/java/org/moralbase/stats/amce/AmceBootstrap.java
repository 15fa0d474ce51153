package org.moralbase.stats.amce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Nonparametric cluster bootstrap of the nine AMCEs (Cameron, Gelbach &amp; Miller 2008; percentile intervals
 * of Efron &amp; Tibshirani 1993): each replicate draws G clusters with replacement from all G clusters (a
 * respondent's rows travel together across every subset) and recomputes each AMCE from the drawn clusters'
 * sums {@code Σ_g k_g T_gL}, {@code Σ_g k_g S_gL} (k_g = times drawn). Clusters are taken in ascending id
 * order and drawn with {@link SplittableRandom}(seed), so the same data and seed give the same intervals
 * whatever the order rows were added or merged in. Under MAX_STRATUM the stratum is re-chosen in every
 * replicate, so that interval is for a maximum over strata (not smooth; its bootstrap SD was 0.8 of the
 * selected stratum's CR1 SE in a test): prefer POOLED for No. Characters intervals. Cost: O(B · entries) time; intended for moderate data (use the CR1 SE for 70 million rows).
 */
public final class AmceBootstrap {

    private final int replicates;
    private final long seed;
    private final CharactersDefinition charactersDefinition;

    private AmceBootstrap(int replicates, long seed, CharactersDefinition charactersDefinition) {
        if (replicates < 2) {
            throw new IllegalArgumentException("need at least 2 bootstrap replicates, got " + replicates);
        }
        if (charactersDefinition == null) {
            throw new IllegalArgumentException("charactersDefinition must not be null");
        }
        this.replicates = replicates;
        this.seed = seed;
        this.charactersDefinition = charactersDefinition;
    }

    /** B = 1000 replicates, seed 1, max-stratum No. Characters. */
    public static AmceBootstrap withDefaults() {
        return new AmceBootstrap(1000, 1L, CharactersDefinition.MAX_STRATUM);
    }

    /** A copy with B replicates (B ≥ 2). */
    public AmceBootstrap withReplicates(int b) {
        return new AmceBootstrap(b, seed, charactersDefinition);
    }

    /** A copy with another seed. */
    public AmceBootstrap withSeed(long newSeed) {
        return new AmceBootstrap(replicates, newSeed, charactersDefinition);
    }

    /** A copy with another No. Characters definition. */
    public AmceBootstrap with(CharactersDefinition definition) {
        return new AmceBootstrap(replicates, seed, definition);
    }

    /**
     * Runs the bootstrap on the clusters held by {@code accumulator}.
     *
     * @return nine intervals in {@link AmceAttribute} order
     */
    public List<BootstrapInterval> run(AmceAccumulator accumulator) {
        if (accumulator == null) {
            throw new IllegalArgumentException("accumulator must not be null");
        }
        ClusterCellMap map = accumulator.clusterSums();
        int entries = map.size();
        long[] sortedKeys = new long[entries];
        for (int e = 0; e < entries; e++) {
            sortedKeys[e] = map.key(e);
        }
        Arrays.sort(sortedKeys); // key = cluster·16 + subset: sorts by cluster id, then subset
        int[] clusterOf = new int[entries];
        int[] subsetOf = new int[entries];
        double[] sums = new double[4 * entries];
        int clusters = 0;
        for (int j = 0; j < entries; j++) {
            if (j == 0 || (sortedKeys[j] >> 4) != (sortedKeys[j - 1] >> 4)) {
                clusters++;
            }
            clusterOf[j] = clusters - 1;
            subsetOf[j] = (int) (sortedKeys[j] & 15);
            int e = map.find(sortedKeys[j]);
            for (int q = 0; q < 4; q++) {
                sums[4 * j + q] = map.sum(e, q);
            }
        }
        double[][] draws = new double[9][replicates];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] times = new int[clusters];
        double[] cell = new double[2 * AmceCells.CELLS];
        SubsetSummary[] summaries = new SubsetSummary[AmceCells.SUBSETS];
        for (int b = 0; b < replicates; b++) {
            Arrays.fill(times, 0);
            for (int i = 0; i < clusters; i++) {
                times[rng.nextInt(clusters)]++;
            }
            Arrays.fill(cell, 0);
            for (int j = 0; j < entries; j++) {
                int k = times[clusterOf[j]];
                if (k != 0) {
                    int base = 4 * subsetOf[j];
                    for (int q = 0; q < 4; q++) {
                        cell[base + q] += k * sums[4 * j + q];
                    }
                }
            }
            for (int s = 0; s < AmceCells.SUBSETS; s++) {
                double est = SubsetSummary.estimate(cell[4 * s], cell[4 * s + 1], cell[4 * s + 2], cell[4 * s + 3]);
                summaries[s] = new SubsetSummary(est, Double.NaN, Double.NaN, 0, 0);
            }
            double[] v = AmceResult.assemble(summaries, SeType.PLAIN, charactersDefinition)
                    .vector();
            for (int a = 0; a < 9; a++) {
                draws[a][b] = v[a];
            }
        }
        AmceResult full = accumulator.result(SeType.PLAIN, charactersDefinition);
        List<BootstrapInterval> out = new ArrayList<>(9);
        for (AmceAttribute a : AmceAttribute.values()) {
            out.add(summarise(a, full.estimate(a).estimate(), draws[a.ordinal()]));
        }
        return List.copyOf(out);
    }

    /** Percentiles (R type 7) and SD of the finite replicates. */
    static BootstrapInterval summarise(AmceAttribute attribute, double estimate, double[] replicateValues) {
        double[] v =
                Arrays.stream(replicateValues).filter(Double::isFinite).sorted().toArray();
        if (v.length < 2) {
            return new BootstrapInterval(attribute, estimate, Double.NaN, Double.NaN, Double.NaN, v.length);
        }
        double mean = Arrays.stream(v).average().orElseThrow();
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new BootstrapInterval(
                attribute,
                estimate,
                Math.sqrt(ss / (v.length - 1)),
                quantile7(v, 0.025),
                quantile7(v, 0.975),
                v.length);
    }

    /** Hyndman &amp; Fan (1996) type 7, R's default: {@code x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])}, h = (n−1)p. */
    static double quantile7(double[] sorted, double p) {
        return org.moralbase.stats.Quantiles.type7(sorted, p);
    }
}
