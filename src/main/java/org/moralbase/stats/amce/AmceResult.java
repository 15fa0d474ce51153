package org.moralbase.stats.amce;

import java.util.ArrayList;
import java.util.List;

/**
 * The nine AMCEs of Awad et al. (2018) in methods §1.1 order, the four No. Characters strata (d = 1..4), and
 * the choices that produced them. The No. Characters entry of {@link #estimates} follows {@link
 * #charactersDefinition}: the pooled Utilitarian regression, or the stratum with the largest |estimate|.
 *
 * @param estimates nine estimates, index = {@link AmceAttribute#ordinal()}
 * @param strata four estimates, index d − 1
 * @param seType which SE every estimate carries
 * @param charactersDefinition which No. Characters definition {@code estimates} uses
 */
public record AmceResult(
        List<AmceEstimate> estimates,
        List<AmceEstimate> strata,
        SeType seType,
        CharactersDefinition charactersDefinition) {

    /** Checks sizes and order, and copies the lists. */
    public AmceResult {
        if (estimates == null || estimates.size() != 9 || strata == null || strata.size() != 4) {
            throw new IllegalArgumentException("need 9 estimates and 4 strata");
        }
        if (seType == null || charactersDefinition == null) {
            throw new IllegalArgumentException("seType and charactersDefinition must not be null");
        }
        for (int a = 0; a < 9; a++) {
            if (estimates.get(a).attribute().ordinal() != a) {
                throw new IllegalArgumentException("estimates must follow AmceAttribute order at index " + a);
            }
        }
        estimates = List.copyOf(estimates);
        strata = List.copyOf(strata);
    }

    /** The estimate of one attribute. */
    public AmceEstimate estimate(AmceAttribute attribute) {
        return estimates.get(attribute.ordinal());
    }

    /** The No. Characters stratum with {@code DiffNumberOFCharacters == d}, d = 1..4. */
    public AmceEstimate stratum(int d) {
        if (d < 1 || d > 4) {
            throw new IllegalArgumentException("stratum d must be 1..4, got " + d);
        }
        return strata.get(d - 1);
    }

    /** The nine point estimates in §1.1 order, e.g. for {@link AmceDistance}. */
    public double[] vector() {
        double[] v = new double[9];
        for (int a = 0; a < 9; a++) {
            v[a] = estimates.get(a).estimate();
        }
        return v;
    }

    /** Assembles a result from the 13 subset summaries of {@link AmceCells} order. */
    static AmceResult assemble(SubsetSummary[] subsets, SeType seType, CharactersDefinition definition) {
        List<AmceEstimate> strata = new ArrayList<>(4);
        for (int d = 1; d <= 4; d++) {
            strata.add(subsets[AmceCells.FIRST_STRATUM + d - 1].toEstimate(AmceAttribute.NO_CHARACTERS, seType));
        }
        List<AmceEstimate> estimates = new ArrayList<>(9);
        for (AmceAttribute a : AmceAttribute.values()) {
            if (a == AmceAttribute.NO_CHARACTERS && definition == CharactersDefinition.MAX_STRATUM) {
                estimates.add(strata.get(maxStratum(subsets) - 1));
            } else {
                estimates.add(subsets[a.ordinal()].toEstimate(a, seType));
            }
        }
        return new AmceResult(estimates, strata, seType, definition);
    }

    /** The d of the stratum with the largest |estimate|; ties to the smaller d; 1 if all are NaN. */
    static int maxStratum(SubsetSummary[] subsets) {
        int best = 1;
        double bestAbs = -1;
        for (int d = 1; d <= 4; d++) {
            double abs = Math.abs(subsets[AmceCells.FIRST_STRATUM + d - 1].estimate());
            if (abs > bestAbs) {
                best = d;
                bestAbs = abs;
            }
        }
        return best;
    }
}
