package org.moralbase.stats.choice;

/**
 * A model's agreement with people over a set of items.
 *
 * @param items items with at least one decided human answer and one parseable model answer
 * @param majorityItems of those, items where both sides have a strict majority
 * @param tiedItems of those, items tied on either side: left out of the agreement rate, counted for the report
 * @param agreementRate agreeing majorities / majorityItems, or null when majorityItems is 0
 * @param meanDivergence mean per-item KL(human ‖ model) over {@code items} in nats (model share smoothed
 *     (k + ½)/(n + 1)), or null when items is 0
 */
public record ModelAgreement(
        int items, int majorityItems, int tiedItems, Double agreementRate, Double meanDivergence) {}
