/**
 * Moral graphs (Moral Graph Elicitation, meaningalignment/mge; issue #15): the file shapes in {@code format} — MGE's
 * raw vote records and its graph summary ({@code values[]}, {@code edges[]}). The numbers are {@code
 * stats.moralgraph}'s. The values-card kind of study builds on both.
 */
package org.moralbase.moralgraph;
