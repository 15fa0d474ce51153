package org.moralbase.utility;

import org.moralbase.stats.proportion.ConfidenceInterval;

/**
 * How one model's utilities and choices match the people's (docs/methods.md, "Utilities from pairwise preferences").
 *
 * @param pearson Pearson correlation of μ over the outcomes
 * @param pearsonInterval its bootstrap interval over participants (95%), or null when too few participants
 * @param spearman Spearman rank correlation of μ
 * @param majorityAccuracy share of the pairs both answered, with a strict majority on both sides, where the model's
 *     majority is the people's; null when there is none
 * @param pairs pairs with a strict majority on both sides
 * @param tied pairs both answered where either side was split evenly (left out of the accuracy)
 * @param intervalPending whether the interval is being computed in the background (a study of many outcomes)
 */
public record HumanModelAgreement(
        String model,
        double pearson,
        ConfidenceInterval pearsonInterval,
        double spearman,
        Double majorityAccuracy,
        int pairs,
        int tied,
        boolean intervalPending) {

    /** This row with its interval as computed now, or still pending. */
    HumanModelAgreement withInterval(ConfidenceInterval interval, boolean pending) {
        return new HumanModelAgreement(model, pearson, interval, spearman, majorityAccuracy, pairs, tied, pending);
    }
}
