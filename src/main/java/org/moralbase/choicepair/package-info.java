/**
 * Generic binary-choice items (context, option A, option B, metadata) and their importers for DailyDilemmas,
 * MoralChoice, Scruples and a generic CSV/JSONL format (methods §6). The root holds the API records and the
 * {@link org.moralbase.choicepair.ChoiceImporter} facade; parsing lives in {@code choicepair.format}.
 */
package org.moralbase.choicepair;
