/**
 * Pairwise preferences over outcomes (issue #14; Mazeika et al. 2025, "Utility Engineering"; docs/methods.md, "Utilities from pairwise preferences") as a kind of
 * study ({@link org.moralbase.utility.UtilityKind}): a study's outcomes ({@link org.moralbase.utility.UtilityOutcomes},
 * imported from an emergent-values {@code options_hierarchical.json} or a CSV), participants' sessions whose pairs are
 * planned when they start — fixed anchors plus the pairs the crowd's pooled fit is least sure about ({@link
 * org.moralbase.utility.UtilityParticipation}) — models asked the same pairs in both orders ({@code UtilityPrompts}),
 * Thurstonian utilities of people and models with their coherence and agreement ({@link
 * org.moralbase.utility.UtilityResults}) and the downloads ({@link org.moralbase.utility.UtilityExport}). The numbers
 * are {@code stats.utility}'s; the file shapes {@code utility.format}'s.
 */
package org.moralbase.utility;
