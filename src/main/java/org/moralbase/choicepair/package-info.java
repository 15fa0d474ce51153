/**
 * Generic binary-choice items (context, option A, option B, metadata) and their importers for DailyDilemmas,
 * MoralChoice, Scruples and a generic CSV/JSONL format (methods §6). The root holds the API records and the
 * {@link org.moralbase.choicepair.ChoiceImporter} facade; parsing lives in {@code choicepair.format}. The services
 * store a study's items ({@link org.moralbase.choicepair.ChoicePairItems}), run participants' sessions
 * ({@link org.moralbase.choicepair.ChoicePairParticipation}) and report per-item shares
 * ({@link org.moralbase.choicepair.ChoicePairResults}) beside imported model answers
 * ({@link org.moralbase.choicepair.ChoicePairModels}), and export answers, shares and per-item distributions in each
 * dataset's own shape ({@link org.moralbase.choicepair.ChoicePairExport}, {@link
 * org.moralbase.choicepair.ChoicePairDistributions}; docs/formats.md).
 */
package org.moralbase.choicepair;
