package org.moralbase.stats.amce;

/**
 * How often each level of each of the nine attributes was spared, over the rows of its AMCE subset (methods §2
 * "Subsets"), unweighted: for a policy that implies sparing level L of an attribute, the share of the subset's
 * scenarios in which L was spared is {@code spared(a, L) / rows(a, L)} (each scenario of the subset holds one row at
 * each level, and one of the two outcomes is spared). Used for the policy-consistency share of a Moral Machine study
 * with stated-policy conditions (docs/methods.md, "Conditions"). Not thread-safe.
 */
public final class LevelShares {

    private final long[][] rows = new long[AmceAttribute.values().length][2];
    private final long[][] spared = new long[AmceAttribute.values().length][2];

    /** Counts one row in every attribute subset it falls into. */
    public void add(AmceRow row) {
        for (AmceAttribute a : AmceAttribute.values()) {
            int level = a.level(row);
            if (level == 0 || level == 1) {
                rows[a.ordinal()][level]++;
                spared[a.ordinal()][level] += row.saved() == 1 ? 1 : 0;
            }
        }
    }

    /** The rows of {@code attribute}'s subset at {@code level} (0: its baseline level A, 1: level B). */
    public long rows(AmceAttribute attribute, int level) {
        return rows[attribute.ordinal()][level];
    }

    /** How many of those rows were spared. */
    public long spared(AmceAttribute attribute, int level) {
        return spared[attribute.ordinal()][level];
    }
}
