package org.moralbase.choicepair;

/**
 * One model against people over a choice-pair study (methods §6).
 *
 * @param items items compared: at least one decided human answer and one parseable model answer
 * @param majorityItems of those, items where both sides have a strict majority (ties are left out)
 * @param agreementRate share of majority items where the model's majority is the people's, or null
 * @param meanCrossEntropy mean over items of H(p_human, q_model) in nats, q Laplace-smoothed (k+1)/(n+2), or null
 * @param answers all imported answers of the model, parseable or not
 * @param unparseable answers that name neither option, kept but never scored
 */
public record ModelShareSummary(
        String model,
        int items,
        int majorityItems,
        Double agreementRate,
        Double meanCrossEntropy,
        int answers,
        int unparseable) {}
