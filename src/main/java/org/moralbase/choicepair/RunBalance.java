package org.moralbase.choicepair;

import org.moralbase.stats.choice.OrderBalance;

/**
 * One model run on a choice-pair study with the option orders of its answers, and whether it was pooled.
 *
 * @param pooled counted in the comparison: balanced, or every run asked for
 */
public record RunBalance(String model, long runId, OrderBalance balance, boolean pooled) {}
