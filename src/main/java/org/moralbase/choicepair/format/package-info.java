/**
 * The choice-pair dataset formats (DailyDilemmas in both released variants, MoralChoice low and high ambiguity,
 * Scruples dilemmas, generic CSV and JSON Lines), each a {@link org.moralbase.choicepair.ChoicePairFormat} bean of the
 * registry in {@code dataimport.format}: detection, reader, and the per-item distribution in the dataset's shape
 * ({@code DistributionWriter}); and the generic CSV writer. Internal to {@code choicepair}: other features reach the
 * formats through {@link org.moralbase.dataimport.format.DatasetFormat} (docs/decisions/0014-dataset-formats.md).
 */
package org.moralbase.choicepair.format;
