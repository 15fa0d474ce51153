package org.moralbase.stats.moralgraph;

/**
 * The tallies of one ordered pair (source → wiser) as MGE's {@code summarizeGraph} keeps them. For a pair X→Y:
 * {@code markedWiser}, {@code markedNotWiser}, {@code markedUnsure} are the upgrade / no_upgrade / not_sure votes on
 * X→Y; {@code markedLessWise} the upgrade votes on the reverse transition Y→X; {@code impressions} every vote on
 * X→Y plus every vote on Y→X, whatever its type.
 *
 * @param markedWiser upgrade votes on source → wiser
 * @param markedNotWiser no_upgrade votes on source → wiser
 * @param markedLessWise upgrade votes on wiser → source
 * @param markedUnsure not_sure votes on source → wiser
 * @param impressions votes on either direction of the pair
 */
public record EdgeCounts(int markedWiser, int markedNotWiser, int markedLessWise, int markedUnsure, int impressions) {

    /** Checks every count is non-negative. */
    public EdgeCounts {
        check("markedWiser", markedWiser);
        check("markedNotWiser", markedNotWiser);
        check("markedLessWise", markedLessWise);
        check("markedUnsure", markedUnsure);
        check("impressions", impressions);
    }

    private static void check(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be non-negative, was " + value);
        }
    }

    /** MGE's denominator of the wiser-likelihood: wiser + notWiser + unsure + lessWise (impressions not counted). */
    public int total() {
        return markedWiser + markedNotWiser + markedUnsure + markedLessWise;
    }
}
