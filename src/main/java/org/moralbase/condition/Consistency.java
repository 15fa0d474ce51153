package org.moralbase.condition;

import java.util.Map;
import org.moralbase.stats.proportion.Proportion;

/**
 * Policy consistency under one condition (or one condition and one marked attribute): the share of answers that
 * followed what the condition's policy implies where the researcher marked it — for choice pairs the option chosen on
 * marked items, for Moral Machine the level spared in a marked attribute's scenarios — with its Wilson 95% interval.
 *
 * @param label what the row is, for people (the condition's label, with the attribute where there is one)
 * @param marked how many marks the row covers (0: nothing marked, said in the chart)
 * @param people the people's consistency, or {@code null} when none answered a marked item
 * @param models each model's consistency by name ({@code null} values left out)
 */
public record Consistency(String code, String label, int marked, Proportion people, Map<String, Proportion> models) {}
