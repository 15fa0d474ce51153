package org.moralbase.stats.amce;

import java.util.ArrayList;
import java.util.List;

/**
 * Model-versus-human distance of Takemoto (2026), methods §3: the unweighted Euclidean distance
 * {@code D = sqrt(Σ_k (a_k − r_k)²)} over the nine AMCEs in §1.1 order, with each dimension's signed
 * difference and its share {@code (a_k − r_k)² / D²} of D². The default reference is the human vector of
 * Awad et al. (2018) Fig. 2a as used by Takemoto (methods §2.1, three decimals). For a model, §3 uses
 * No. Characters as max-stratum; pass a vector built that way ({@link CharactersDefinition#MAX_STRATUM}).
 */
public final class AmceDistance {

    // Awad 2018 Fig. 2a, methods §2.1, in AmceAttribute order
    private static final double[] AWAD_2018 = {0.061, 0.097, 0.353, 0.119, 0.160, 0.345, 0.497, 0.651, 0.585};

    private AmceDistance() {}

    /** A copy of the Awad 2018 human AMCE vector (methods §2.1) in {@link AmceAttribute} order. */
    public static double[] awad2018() {
        return AWAD_2018.clone();
    }

    /** D between {@code amces} and the Awad 2018 human vector. */
    public static AmceDistanceResult toAwad2018(double[] amces) {
        return between(amces, AWAD_2018);
    }

    /** D between a result's nine estimates ({@link AmceResult#vector()}) and {@code reference}. */
    public static AmceDistanceResult between(AmceResult result, double[] reference) {
        if (result == null) {
            throw new IllegalArgumentException("result must not be null");
        }
        return between(result.vector(), reference);
    }

    /**
     * D between two 9-vectors in {@link AmceAttribute} order.
     *
     * @throws IllegalArgumentException if a vector is null, not of length 9, or has a NaN or infinite entry
     *     (a missing AMCE has no distance; the message names the attribute)
     */
    public static AmceDistanceResult between(double[] amces, double[] reference) {
        check(amces, "AMCE vector");
        check(reference, "reference vector");
        double[] diff = new double[9];
        double sumSq = 0;
        for (int k = 0; k < 9; k++) {
            diff[k] = amces[k] - reference[k];
            sumSq += diff[k] * diff[k];
        }
        List<DimensionDifference> dims = new ArrayList<>(9);
        for (AmceAttribute a : AmceAttribute.values()) {
            double d = diff[a.ordinal()];
            dims.add(new DimensionDifference(a, d, sumSq == 0 ? 0 : d * d / sumSq));
        }
        return new AmceDistanceResult(Math.sqrt(sumSq), dims);
    }

    private static void check(double[] v, String what) {
        if (v == null || v.length != 9) {
            throw new IllegalArgumentException(
                    what + " must have 9 entries in AmceAttribute order, got " + (v == null ? "null" : v.length));
        }
        for (AmceAttribute a : AmceAttribute.values()) {
            if (!Double.isFinite(v[a.ordinal()])) {
                throw new IllegalArgumentException(
                        what + " has no finite value for " + a.displayName() + " (" + v[a.ordinal()] + ")");
            }
        }
    }
}
