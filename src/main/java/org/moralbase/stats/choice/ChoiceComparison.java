package org.moralbase.stats.choice;

import java.util.List;

/**
 * Compares a model's choices with people's on binary items (methods §6, decided 2026-12-04). The model's share of A
 * is the plain proportion of its parseable answers; the divergence is the Kullback–Leibler divergence of the people's
 * distribution from the model's, KL(p ‖ q) = p ln(p/q) + (1 − p) ln((1 − p)/(1 − q)) in nats, with the model share
 * smoothed by Jeffreys' rule, q = (k + ½) / (n + 1), so that a model that always chose one option gets a finite
 * divergence and a model sampled 4 times and 40 times are treated the same way. The people's share is not smoothed
 * (0 ln 0 = 0). Agreement counts items where the strict majorities match; an item tied on either side (k = n − k)
 * has no majority, is left out of the rate and counted as tied.
 */
public final class ChoiceComparison {

    /** How the model share is smoothed in the divergence, for reports beside the number. */
    public static final String SMOOTHING = "model share smoothed (k + ½)/(n + 1) (Jeffreys)";

    private ChoiceComparison() {}

    /** The per-item figures (see {@link ItemComparison}). */
    public static ItemComparison item(ChoiceCounts c) {
        int human = c.humanA() + c.humanB();
        int model = c.modelA() + c.modelB();
        Double p = human == 0 ? null : (double) c.humanA() / human;
        Double share = model == 0 ? null : (double) c.modelA() / model;
        double q = jeffreys(c.modelA(), model);
        Double divergence = p == null || share == null ? null : klDivergence(p, q);
        Integer humanMajority = majority(c.humanA(), c.humanB());
        Integer modelMajority = majority(c.modelA(), c.modelB());
        Boolean agrees = humanMajority == null || modelMajority == null ? null : humanMajority.equals(modelMajority);
        return new ItemComparison(p, share, q, divergence, agrees);
    }

    /** The summary over items: counts, ties, agreement rate and mean divergence (see {@link ModelAgreement}). */
    public static ModelAgreement summary(List<ChoiceCounts> counts) {
        int items = 0;
        int majorityItems = 0;
        int agreeing = 0;
        double divergenceSum = 0;
        for (ChoiceCounts c : counts) {
            ItemComparison item = item(c);
            if (item.divergence() == null) {
                continue;
            }
            items++;
            divergenceSum += item.divergence();
            if (item.agrees() != null) {
                majorityItems++;
                agreeing += item.agrees() ? 1 : 0;
            }
        }
        return new ModelAgreement(
                items,
                majorityItems,
                items - majorityItems,
                majorityItems == 0 ? null : (double) agreeing / majorityItems,
                items == 0 ? null : divergenceSum / items);
    }

    /** Jeffreys-smoothed share (k + ½) / (n + 1): ½ with no answers, never 0 or 1. */
    public static double jeffreys(int k, int n) {
        if (k < 0 || n < k) {
            throw new IllegalArgumentException("need 0 ≤ k ≤ n, was k=" + k + " n=" + n);
        }
        return (k + 0.5) / (n + 1.0);
    }

    /** KL(p ‖ q) of two Bernoulli distributions in nats; a zero p or 1 − p term contributes 0. */
    public static double klDivergence(double p, double q) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        if (q <= 0 || q >= 1) {
            throw new IllegalArgumentException("q must be in (0, 1), was " + q);
        }
        double d = 0;
        if (p > 0) {
            d += p * Math.log(p / q);
        }
        if (p < 1) {
            d += (1 - p) * Math.log((1 - p) / (1 - q));
        }
        return Math.max(0, d);
    }

    // 0 = A, 1 = B, null = tie or no answers
    private static Integer majority(int a, int b) {
        return a > b ? Integer.valueOf(0) : b > a ? Integer.valueOf(1) : null;
    }
}
