package org.moralbase.stats.moralgraph;

/**
 * A value on the kept graph with its weighted PageRank ({@link WeightedPageRank}).
 *
 * @param id the value's id
 * @param pageRank its rank (ranks sum to at most 1)
 */
public record RankedValue(long id, double pageRank) {}
