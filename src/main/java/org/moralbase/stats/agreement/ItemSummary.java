package org.moralbase.stats.agreement;

import java.util.List;

/**
 * Per-item summary of annotators' labels (methods §5): the majority (modal) label, its share, the Shannon
 * entropy H = −Σ_l p_l log₂ p_l of the label shares (C. E. Shannon 1948) in bits, and the gold comparison.
 *
 * @param item the item id
 * @param majorityLabels the most frequent label, or every label tied for most frequent (in order of first
 *     appearance); a tie is never resolved silently
 * @param majorityShare count of a majority label / number of non-missing ratings
 * @param entropyBits entropy of the label distribution, 0 when all agree
 * @param ratings number of non-missing ratings
 * @param goldMatch comparison with the gold label, if any
 * @param <L> label type
 */
public record ItemSummary<L>(
        String item,
        List<L> majorityLabels,
        double majorityShare,
        double entropyBits,
        int ratings,
        GoldMatch goldMatch) {

    /** Copies the label list so the record stays immutable. */
    public ItemSummary {
        majorityLabels = List.copyOf(majorityLabels);
    }

    /** True when two or more labels share the highest count. */
    public boolean isTie() {
        return majorityLabels.size() > 1;
    }
}
