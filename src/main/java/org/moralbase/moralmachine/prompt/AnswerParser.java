package org.moralbase.moralmachine.prompt;

import org.moralbase.study.TwoOptions;

/**
 * Parses a model's answer as Takemoto's {@code convert_pickle_csv.py} does (methods §1.4): lowercase, keep
 * the text after the last {@code </think>} (reasoning models), search {@code case\s?1} and {@code case\s?2};
 * exactly one of them matching gives that case, anything else is invalid. {@code \s} is Unicode-aware as in
 * Python 3. An unclosed {@code <think>} block is not removed (the spec only strips up to {@code </think>}).
 * The rule itself is {@link TwoOptions}, which other kinds share with their own words.
 */
public final class AnswerParser {
    private static final TwoOptions CASES = new TwoOptions("case\\s?1", "case\\s?2");

    private AnswerParser() {}

    /** Parses one answer; {@code null} (no answer at all) is treated as the empty string. */
    public static ParsedAnswer parse(String raw) {
        String text = raw == null ? "" : raw;
        return new ParsedAnswer(text, TwoOptions.finalAnswer(text), CASES.chosenPosition(text));
    }
}
