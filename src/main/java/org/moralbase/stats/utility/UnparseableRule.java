package org.moralbase.stats.utility;

/** How a model answer that names neither option counts in a pair's votes (docs/methods.md, utilities). */
public enum UnparseableRule {
    /** Left out (Moralbase's default): the share is over the parseable answers. */
    DROP,
    /** Half a vote each way (Mazeika et al.'s default, {@code unparseable_mode="distribution"}-like). */
    HALF
}
