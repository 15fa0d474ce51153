package org.moralbase.stats.choice;

/**
 * A model's agreement with people over a set of items.
 *
 * @param items items with at least one decided human answer and one parseable model answer
 * @param majorityItems of those, items where both sides have a strict majority (ties left out)
 * @param agreementRate agreeing majorities / majorityItems, or null when majorityItems is 0
 * @param meanCrossEntropy mean per-item cross-entropy over {@code items} in nats, or null when items is 0
 */
public record ModelAgreement(int items, int majorityItems, Double agreementRate, Double meanCrossEntropy) {}
