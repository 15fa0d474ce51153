package org.moralbase.moralgraph;

/** A card with its weighted PageRank in one graph (stats.moralgraph.WeightedPageRank). */
public record RankedCard(CardView card, double pageRank) {}
