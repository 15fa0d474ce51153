package org.moralbase.stats.amce;

import java.util.List;

/**
 * The Euclidean distance between two 9-vectors of AMCEs (Takemoto 2026, methods §3) and its decomposition.
 *
 * @param distance {@code D = sqrt(Σ_k (a_k − r_k)²)}
 * @param dimensions the nine per-dimension differences in {@link AmceAttribute} order
 */
public record AmceDistanceResult(double distance, List<DimensionDifference> dimensions) {

    /** Copies the list. */
    public AmceDistanceResult {
        dimensions = List.copyOf(dimensions);
    }

    /** The part of one attribute. */
    public DimensionDifference dimension(AmceAttribute attribute) {
        return dimensions.get(attribute.ordinal());
    }
}
