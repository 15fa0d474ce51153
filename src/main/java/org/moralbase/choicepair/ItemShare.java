package org.moralbase.choicepair;

import org.moralbase.stats.proportion.Proportion;

/**
 * The people's choice on one item.
 *
 * @param context the situation shown above the options, or null
 * @param shareA share of decided answers choosing option A, Wilson 95% interval, binomial p vs 0.5; null if none
 * @param undecided answers "cannot decide"
 */
public record ItemShare(String key, String context, String optionA, String optionB, Proportion shareA, int undecided) {}
