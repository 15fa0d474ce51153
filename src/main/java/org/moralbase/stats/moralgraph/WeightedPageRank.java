package org.moralbase.stats.moralgraph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MGE's weighted PageRank ({@code calculatePageRank} in {@code moral-graph.ts}) over the kept edges. The nodes are the
 * values that appear on an edge (in first-seen order: source, then wiser, edge by edge); every rank starts at 1/N.
 * Each of a fixed number of iterations sets every node to (1 − d)/N and then, edge by edge, adds
 * d · rank(source) · w / W(source) to the wiser value, where w is the edge's wiserLikelihood and W(source) the sum of
 * the wiserLikelihoods of the source's edges. A value with no outgoing edge passes its rank to no one (MGE does not
 * redistribute dangling nodes), so the ranks sum to less than 1. No convergence test: exactly {@code iterations}
 * updates.
 */
public final class WeightedPageRank {

    private final double damping;
    private final int iterations;

    private WeightedPageRank(double damping, int iterations) {
        if (!(damping >= 0 && damping <= 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1], was " + damping);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be non-negative, was " + iterations);
        }
        this.damping = damping;
        this.iterations = iterations;
    }

    /** MGE's defaults: damping 0.85, 100 iterations. */
    public static WeightedPageRank withDefaults() {
        return new WeightedPageRank(0.85, 100);
    }

    /** Another damping factor d (the probability of following an edge) and number of iterations. */
    public static WeightedPageRank of(double damping, int iterations) {
        return new WeightedPageRank(damping, iterations);
    }

    /** The damping factor d. */
    public double damping() {
        return damping;
    }

    /** The number of iterations. */
    public int iterations() {
        return iterations;
    }

    /**
     * The rank of every value on an edge, in first-seen order; empty for no edges. Sums are formed in MGE's order, so
     * the numbers agree with MGE's to the last bits (a source's total weight is summed over its edges in edge order).
     */
    public Map<Long, Double> rank(List<MoralGraphEdge> edges) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (MoralGraphEdge e : edges) {
            index.putIfAbsent(e.sourceValueId(), index.size());
            index.putIfAbsent(e.wiserValueId(), index.size());
        }
        int n = index.size();
        Map<Long, Double> outWeight = new HashMap<>();
        for (MoralGraphEdge e : edges) {
            outWeight.merge(e.sourceValueId(), e.summary().wiserLikelihood(), Double::sum);
        }
        int m = edges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] weight = new double[m];
        double[] total = new double[m];
        for (int k = 0; k < m; k++) {
            MoralGraphEdge e = edges.get(k);
            from[k] = index.get(e.sourceValueId());
            to[k] = index.get(e.wiserValueId());
            weight[k] = e.summary().wiserLikelihood();
            total[k] = outWeight.get(e.sourceValueId());
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int i = 0; i < iterations; i++) {
            double[] next = new double[n];
            Arrays.fill(next, (1 - damping) / n);
            for (int k = 0; k < m; k++) {
                if (total[k] > 0) {
                    next[to[k]] += (damping * rank[from[k]] * weight[k]) / total[k];
                }
            }
            rank = next;
        }
        Map<Long, Double> out = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> node : index.entrySet()) {
            out.put(node.getKey(), rank[node.getValue()]);
        }
        return out;
    }
}
