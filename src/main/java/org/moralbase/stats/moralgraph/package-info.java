/**
 * The moral graph of Moral Graph Elicitation (Klingefjord, Lowe &amp; Edelman 2024; meaningalignment/mge,
 * {@code moral-graph.ts}): votes on transitions "from value X to value Y in context C" (upgrade / no upgrade / not sure)
 * counted per ordered pair of values, each pair's wiser-likelihood and entropy, MGE's rules for keeping an edge, and
 * the values ranked by weighted PageRank over the kept edges. Exact to MGE's code (docs/methods.md, "Moral graph";
 * docs/decisions/0027-moral-graph-scoring.md). Plain Java; values are known by {@code long} ids, contexts by text.
 */
package org.moralbase.stats.moralgraph;
