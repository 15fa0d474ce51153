/**
 * Binary-choice items (context, option A, option B, metadata) from DailyDilemmas, MoralChoice, Scruples and a generic
 * CSV/JSONL format (methods §6), and choice-pair studies. The formats are {@link
 * org.moralbase.choicepair.ChoicePairFormat} beans in {@code choicepair.format}, found by any importer through the
 * registry in {@code dataimport.format}. The services store a study's items ({@link
 * org.moralbase.choicepair.ChoicePairItems}, the format chosen or detected), run participants' sessions ({@link
 * org.moralbase.choicepair.ChoicePairParticipation}) and report per-item shares ({@link
 * org.moralbase.choicepair.ChoicePairResults}) beside imported model answers ({@link
 * org.moralbase.choicepair.ChoicePairModels}), and export answers, shares and per-item distributions in each dataset's
 * own shape ({@link org.moralbase.choicepair.ChoicePairExport}, {@link org.moralbase.choicepair.ChoicePairDistributions};
 * docs/formats.md).
 */
package org.moralbase.choicepair;
