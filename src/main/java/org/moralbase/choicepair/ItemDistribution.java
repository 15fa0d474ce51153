package org.moralbase.choicepair;

import org.moralbase.dataimport.format.DatasetItem;

/**
 * People's answers to one item, in the item's own terms (not the order shown).
 *
 * @param item the item as imported (its key is the dataset's own id)
 * @param a answers choosing option A
 * @param b answers choosing option B
 * @param undecided answers "cannot decide"
 */
public record ItemDistribution(DatasetItem item, int a, int b, int undecided) {

    /** Checks the counts. */
    public ItemDistribution {
        if (item == null) {
            throw new IllegalArgumentException("item must not be null");
        }
        if (a < 0 || b < 0 || undecided < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Answers choosing A or B. */
    public int decided() {
        return a + b;
    }
}
