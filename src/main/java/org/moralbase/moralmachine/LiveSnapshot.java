package org.moralbase.moralmachine;

import org.moralbase.stats.amce.AmceResult;

/**
 * A study's AMCEs at one moment, from its live accumulator.
 *
 * @param amces the nine AMCEs, SEs clustered by participant session, No. characters as max-stratum (as in
 *     Awad 2018 Fig. 2a and Takemoto 2026)
 * @param answers answers included
 * @param participants sessions with at least one answer (the clusters)
 * @param unreadable answers left out because they hold no Moral Machine scenario
 * @param distanceToAwad2018 D to the Awad 2018 human vector (methods §3), NaN while an AMCE is missing
 */
public record LiveSnapshot(
        AmceResult amces, long answers, long participants, long unreadable, double distanceToAwad2018) {}
