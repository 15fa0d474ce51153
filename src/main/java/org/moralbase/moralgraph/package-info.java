/**
 * Values cards and moral graphs (Moral Graph Elicitation, Klingefjord, Lowe & Edelman 2024, meaningalignment/mge; issue
 * #15; decision 0030) as a kind of study ({@link org.moralbase.moralgraph.ValuesCardKind}): the researcher's question
 * and contexts ({@link org.moralbase.moralgraph.ValuesCardSettings}), participants' cards and votes on transitions
 * between peers' cards ({@link org.moralbase.moralgraph.ValuesCardParticipation}, planned by {@link
 * org.moralbase.moralgraph.TransitionPlanner}), imports of MGE's graph and vote files ({@link
 * org.moralbase.moralgraph.ValuesCardImport}), the scored graphs ({@link org.moralbase.moralgraph.ValuesCardGraph},
 * drawn by {@link org.moralbase.moralgraph.GraphSvg}) and the downloads. The file shapes are in {@code format}; the
 * numbers are {@code stats.moralgraph}'s.
 */
package org.moralbase.moralgraph;
