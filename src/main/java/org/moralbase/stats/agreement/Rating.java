package org.moralbase.stats.agreement;

/**
 * One long-format judgement: rater {@code rater} gave item {@code item} the value {@code value}. A {@code
 * null} value is a missing judgement and is ignored everywhere.
 *
 * @param item the unit (item) id
 * @param rater the coder (rater, annotator or model) id
 * @param value the label or number given, or null if missing
 * @param <V> value type: any label for nominal data, a {@link Number} for ordinal, interval or ratio data
 */
public record Rating<V>(String item, String rater, V value) {

    /** Checks the item and rater ids are present. */
    public Rating {
        if (item == null || rater == null) {
            throw new IllegalArgumentException(
                    "a rating needs an item and a rater, got item=" + item + ", rater=" + rater);
        }
    }
}
