package org.moralbase.questionnaire;

import org.moralbase.questionnaire.format.Scale;
import org.moralbase.study.TwoOptions;

/**
 * Reads a model's answer to an item strictly (docs/methods.md, "Questionnaires"): the text after the last
 * {@code </think>}, stripped of surrounding space, quotes, asterisks and a final full stop, must be the number of a
 * point of the item's scale or one of its labels exactly (case ignored); anything else is unreadable (0), counted and
 * kept.
 */
final class PointReader {

    private PointReader() {}

    /** The point (1..k) the answer names, or 0 when it is unreadable. */
    static int read(Scale scale, String raw) {
        return scale.pointOf(core(raw));
    }

    /** The number alone (1 to {@link Scale#MAX_POINTS}), for a caller that does not know the item's scale; else 0. */
    static int number(String raw) {
        String c = core(raw);
        if (!c.matches("\\d{1,2}")) {
            return 0;
        }
        int n = Integer.parseInt(c);
        return n >= 1 && n <= Scale.MAX_POINTS ? n : 0;
    }

    private static String core(String raw) {
        return TwoOptions.finalAnswer(raw).strip().replaceAll("^[\"'*`\\s]+|[\"'*`.!\\s]+$", "");
    }
}
