package org.moralbase.stats.moralgraph;

/**
 * Which edges MGE keeps in the graph ("eliminate edges with low wiserLikelihood, low signal, or no consensus"): an
 * edge stays when it has at least one and at least {@code minWiser} upgrade votes, its wiserLikelihood is not below
 * {@code minWiserLikelihood} and its entropy is not above {@code maxEntropy}. A NaN likelihood or entropy fails no
 * comparison, as in MGE (it cannot occur on an edge with an upgrade vote).
 *
 * @param minWiser least markedWiser (MGE's {@code markedWiserThreshold}, default 2)
 * @param minWiserLikelihood least wiserLikelihood (MGE: 0.33)
 * @param maxEntropy most entropy in bits (MGE: 1.69)
 */
public record EdgeRules(int minWiser, double minWiserLikelihood, double maxEntropy) {

    /** Checks the thresholds are usable. */
    public EdgeRules {
        if (minWiser < 1) {
            throw new IllegalArgumentException("minWiser must be at least 1, was " + minWiser);
        }
        if (Double.isNaN(minWiserLikelihood) || Double.isNaN(maxEntropy)) {
            throw new IllegalArgumentException("thresholds must be numbers");
        }
    }

    /** MGE's constants: at least 2 upgrade votes, wiserLikelihood ≥ 0.33, entropy ≤ 1.69. */
    public static EdgeRules mge() {
        return new EdgeRules(2, 0.33, 1.69);
    }

    /** Whether the edge is kept, tested in MGE's order and with its comparisons. */
    public boolean keeps(MoralGraphEdge edge) {
        int wiser = edge.counts().markedWiser();
        if (wiser == 0) {
            return false;
        }
        if (edge.summary().wiserLikelihood() < minWiserLikelihood) {
            return false;
        }
        if (edge.summary().entropy() > maxEntropy) {
            return false;
        }
        return wiser >= minWiser;
    }
}
