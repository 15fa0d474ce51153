/**
 * Parsers for the binary-choice formats (DailyDilemmas, MoralChoice, Scruples, generic CSV/JSONL) and the
 * generic CSV writer. Internal to {@code choicepair}: callers use {@link org.moralbase.choicepair.ChoiceImporter}.
 */
package org.moralbase.choicepair.format;
