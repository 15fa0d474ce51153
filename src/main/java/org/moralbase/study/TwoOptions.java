package org.moralbase.study;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a model's answer to a two-option prompt by Takemoto's rule (methods §1.4): lowercase, keep the text after
 * the last {@code </think>}, look for each option's pattern; exactly one found gives that option, anything else is
 * invalid. {@code \s} is Unicode-aware as in Python 3. Kinds whose prompts say "Option A"/"Option B" share
 * {@link #OPTIONS}; a kind with other words builds its own reader.
 */
public final class TwoOptions {

    /** "Option A" / "Option B" as whole words. */
    public static final TwoOptions OPTIONS = new TwoOptions("\\boption\\s?a\\b", "\\boption\\s?b\\b");

    private static final String THINK_END = "</think>";

    private final Pattern first;
    private final Pattern second;

    /** A reader for two patterns (regular expressions over the lowercased answer). */
    public TwoOptions(String first, String second) {
        this.first = Pattern.compile(first, Pattern.UNICODE_CHARACTER_CLASS);
        this.second = Pattern.compile(second, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The text that is matched: lowercased, after the last {@code </think>}; {@code null} reads as empty. */
    public static String finalAnswer(String raw) {
        String lower = (raw == null ? "" : raw).toLowerCase(Locale.ROOT);
        int end = lower.lastIndexOf(THINK_END);
        return end < 0 ? lower : lower.substring(end + THINK_END.length());
    }

    /** 1 or 2 for the option named, 0 when neither or both are. */
    public int chosenPosition(String raw) {
        String answer = finalAnswer(raw);
        boolean one = first.matcher(answer).find();
        boolean two = second.matcher(answer).find();
        return one == two ? 0 : (one ? 1 : 2);
    }
}
