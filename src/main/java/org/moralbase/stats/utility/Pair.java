package org.moralbase.stats.utility;

/**
 * Two different outcomes, by their indexes, the smaller first ({@link #of} puts them in order): the unit the pairwise
 * methods sample, count and fit.
 */
public record Pair(int a, int b) {

    /** Checks the order. */
    public Pair {
        if (a < 0 || a >= b) {
            throw new IllegalArgumentException(
                    "a pair needs two different outcome indexes, the smaller first: " + a + ", " + b);
        }
    }

    /** The pair of two different outcomes, in either order. */
    public static Pair of(int x, int y) {
        if (x == y) {
            throw new IllegalArgumentException("a pair needs two different outcomes; got outcome " + x + " twice");
        }
        return x < y ? new Pair(x, y) : new Pair(y, x);
    }
}
