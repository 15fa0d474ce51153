package org.moralbase.stats.agreement;

/** How an item's majority label compares with its gold label (methods §5). */
public enum GoldMatch {
    /** The item has no gold label. */
    NO_GOLD,
    /** A single majority label, equal to the gold label. */
    MATCH,
    /** The gold label is not among the majority labels. */
    MISMATCH,
    /** The majority is tied and the gold label is one of the tied labels: neither a match nor a mismatch. */
    TIE_WITH_GOLD
}
