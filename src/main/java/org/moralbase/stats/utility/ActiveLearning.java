package org.moralbase.stats.utility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The pairs of one active-learning round for a model (Mazeika et al. 2025, appendix; their
 * {@code generate_additional_pairs}): among the pairs not asked yet, those in both the lowest P% of |μa − μb| under
 * the current fit and the lowest Q% of degree sums (a pair's two outcomes' numbers of asked pairs), P = 10 and Q = 20;
 * with fewer such pairs than wanted, P and Q grow by ×1.5 (at most 100) up to five tries in all, and what is still
 * missing after the fifth is drawn at random from the rest. Percentiles as NumPy's default (linear between order
 * statistics); a pair is in when its value is at most the cutoff.
 */
public final class ActiveLearning {

    /** Their defaults: P, Q, the growth factor and the tries. */
    static final double P = 10;

    static final double Q = 20;
    static final double SCALE = 1.5;
    static final int TRIES = 5;

    /** Their {@code num_edges_per_iteration}. */
    public static final int PAIRS_PER_ROUND = 200;

    private ActiveLearning() {}

    /**
     * The next round's pairs.
     *
     * @param mean the current fit's μ per outcome
     * @param asked the pairs asked so far
     * @param count how many to choose
     * @return at most {@code count} pairs not in {@code asked}, in the order drawn
     */
    public static List<Pair> nextPairs(double[] mean, Set<Pair> asked, int count, Random random) {
        int n = mean.length;
        int[] degree = new int[n];
        for (Pair p : asked) {
            degree[p.a()]++;
            degree[p.b()]++;
        }
        List<Pair> remaining = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                Pair p = new Pair(a, b);
                if (!asked.contains(p)) {
                    remaining.add(p);
                }
            }
        }
        if (remaining.isEmpty() || count <= 0) {
            return List.of();
        }
        double[] diff = new double[remaining.size()];
        double[] deg = new double[remaining.size()];
        for (int i = 0; i < remaining.size(); i++) {
            Pair p = remaining.get(i);
            diff[i] = Math.abs(mean[p.a()] - mean[p.b()]);
            deg[i] = degree[p.a()] + degree[p.b()];
        }
        double[] sortedDiff = diff.clone();
        double[] sortedDeg = deg.clone();
        Arrays.sort(sortedDiff);
        Arrays.sort(sortedDeg);
        double p = P;
        double q = Q;
        List<Pair> chosen = new ArrayList<>();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            double diffCut = percentile(sortedDiff, p);
            double degCut = percentile(sortedDeg, q);
            List<Pair> candidates = new ArrayList<>();
            for (int i = 0; i < remaining.size(); i++) {
                if (diff[i] <= diffCut && deg[i] <= degCut) {
                    candidates.add(remaining.get(i));
                }
            }
            if (candidates.size() >= count) {
                return sample(candidates, count, random);
            }
            chosen = candidates;
            p = Math.min(p * SCALE, 100);
            q = Math.min(q * SCALE, 100);
        }
        Set<Pair> in = new LinkedHashSet<>(chosen);
        List<Pair> rest = new ArrayList<>();
        for (Pair r : remaining) {
            if (!in.contains(r)) {
                rest.add(r);
            }
        }
        List<Pair> out = new ArrayList<>(chosen);
        out.addAll(sample(rest, Math.min(count - chosen.size(), rest.size()), random));
        return out;
    }

    /** NumPy's {@code percentile(values, q)} with its default linear method, on sorted values. */
    static double percentile(double[] sorted, double q) {
        double rank = q / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    private static List<Pair> sample(List<Pair> from, int count, Random random) {
        List<Pair> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, count));
    }
}
