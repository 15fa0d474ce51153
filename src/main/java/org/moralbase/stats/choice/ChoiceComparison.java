package org.moralbase.stats.choice;

import java.util.List;

/**
 * Compares a model's choices with people's on binary items (methods §6). The model's share of A is the plain
 * proportion of its parseable answers; for the cross-entropy H(p, q) = −[p ln q + (1 − p) ln(1 − q)] (nats) the
 * model share is Laplace-smoothed, q = (k + 1) / (n + 2), so that ln 0 never occurs when a model always chose one
 * option. Agreement counts items where the strict majorities match; an item tied on either side (k = n − k) has no
 * majority and is left out of the rate.
 */
public final class ChoiceComparison {

    private ChoiceComparison() {}

    /** The per-item figures (see {@link ItemComparison}). */
    public static ItemComparison item(ChoiceCounts c) {
        int human = c.humanA() + c.humanB();
        int model = c.modelA() + c.modelB();
        Double p = human == 0 ? null : (double) c.humanA() / human;
        Double share = model == 0 ? null : (double) c.modelA() / model;
        double q = (c.modelA() + 1.0) / (model + 2.0);
        Double entropy = p == null || share == null ? null : crossEntropy(p, q);
        Integer humanMajority = majority(c.humanA(), c.humanB());
        Integer modelMajority = majority(c.modelA(), c.modelB());
        Boolean agrees = humanMajority == null || modelMajority == null ? null : humanMajority.equals(modelMajority);
        return new ItemComparison(p, share, q, entropy, agrees);
    }

    /** The summary over items: counts, agreement rate and mean cross-entropy (see {@link ModelAgreement}). */
    public static ModelAgreement summary(List<ChoiceCounts> counts) {
        int items = 0;
        int majorityItems = 0;
        int agreeing = 0;
        double entropySum = 0;
        for (ChoiceCounts c : counts) {
            ItemComparison item = item(c);
            if (item.crossEntropy() == null) {
                continue;
            }
            items++;
            entropySum += item.crossEntropy();
            if (item.agrees() != null) {
                majorityItems++;
                agreeing += item.agrees() ? 1 : 0;
            }
        }
        return new ModelAgreement(
                items,
                majorityItems,
                majorityItems == 0 ? null : (double) agreeing / majorityItems,
                items == 0 ? null : entropySum / items);
    }

    /** H(p, q) = −[p ln q + (1 − p) ln(1 − q)] in nats; a zero p term contributes 0 (0 ln q = 0). */
    public static double crossEntropy(double p, double q) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        if (q <= 0 || q >= 1) {
            throw new IllegalArgumentException("q must be in (0, 1), was " + q);
        }
        double h = 0;
        if (p > 0) {
            h -= p * Math.log(q);
        }
        if (p < 1) {
            h -= (1 - p) * Math.log(1 - q);
        }
        return h;
    }

    // 0 = A, 1 = B, null = tie or no answers
    private static Integer majority(int a, int b) {
        return a > b ? Integer.valueOf(0) : b > a ? Integer.valueOf(1) : null;
    }
}
