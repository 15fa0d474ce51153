package org.moralbase.stats.questionnaire;

/**
 * The answer points min, min + 1, …, max of a rating scale (e.g. 1–7), and reverse scoring on it.
 *
 * @param min the lowest point
 * @param max the highest point, above {@code min}
 */
public record LikertScale(int min, int max) {

    /** Checks min &lt; max. */
    public LikertScale {
        if (min >= max) {
            throw new IllegalArgumentException("a scale needs min < max, was " + min + "-" + max);
        }
    }

    /** True when the value is one of the scale's points (an integer from min to max). */
    public boolean contains(double value) {
        return value >= min && value <= max && value == Math.rint(value);
    }

    /** A reverse-keyed answer scored on the item's direction: min + max − value (7 ↔ 1 on a 1–7 scale). */
    public double reverse(double value) {
        return min + max - value;
    }

    /**
     * The answers with the reverse-keyed items' columns scored min + max − value; NaN (missing) stays NaN.
     *
     * @param answers respondents × items, each answer a scale point or NaN
     * @param reverseKeyed per item, true when it is reverse-keyed
     * @return a new matrix; the input is not changed
     */
    public double[][] score(double[][] answers, boolean[] reverseKeyed) {
        double[][] out = new double[answers.length][];
        for (int r = 0; r < answers.length; r++) {
            if (answers[r].length != reverseKeyed.length) {
                throw new IllegalArgumentException("respondent " + r + " has " + answers[r].length
                        + " answers, expected one per item (" + reverseKeyed.length + ")");
            }
            out[r] = answers[r].clone();
            for (int i = 0; i < reverseKeyed.length; i++) {
                double v = out[r][i];
                if (!Double.isNaN(v) && !contains(v)) {
                    throw new IllegalArgumentException("answer " + v + " of respondent " + r + " to item " + i
                            + " is not a point of the scale " + min + "-" + max);
                }
                if (reverseKeyed[i]) {
                    out[r][i] = reverse(v);
                }
            }
        }
        return out;
    }
}
