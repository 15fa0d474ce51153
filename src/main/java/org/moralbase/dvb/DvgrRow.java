package org.moralbase.dvb;

import org.moralbase.stats.proportion.Proportion;

/**
 * One row of the DVGR table: a group, the human DVGR and the models' DVGR on the same group of items.
 *
 * @param humans k of n participants' test trials that generalised, with Wilson 95% interval and binomial p vs
 *     0.5; null when no human answered in this group
 * @param models the same for the imported model answers (all models pooled), unparseable answers dropped
 */
public record DvgrRow(String group, Proportion humans, Proportion models) {}
