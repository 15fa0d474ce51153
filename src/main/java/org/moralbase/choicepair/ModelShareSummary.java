package org.moralbase.choicepair;

import org.moralbase.stats.choice.OrderBalance;

/**
 * One model against people over a choice-pair study (methods §6), over the runs pooled.
 *
 * @param items items compared: at least one decided human answer and one parseable model answer
 * @param majorityItems of those, items where both sides have a strict majority
 * @param tiedItems of those, items tied on either side: left out of the agreement rate
 * @param agreementRate share of majority items where the model's majority is the people's, or null
 * @param meanDivergence mean over items of KL(p_human ‖ q_model) in nats, q = (k + ½)/(n + 1), or null
 * @param answers all answers of the runs pooled, parseable or not
 * @param unparseable answers that name neither option, kept but never scored
 * @param balance the option orders of the pooled runs' answers
 * @param runsPooled runs whose answers are counted
 */
public record ModelShareSummary(
        String model,
        int items,
        int majorityItems,
        int tiedItems,
        Double agreementRate,
        Double meanDivergence,
        int answers,
        int unparseable,
        OrderBalance balance,
        int runsPooled) {}
