package org.moralbase.stats.utility;

/**
 * The votes on one pair: how often outcome {@code a} was preferred to {@code b}, out of {@code votes}; the empirical
 * P(a ≻ b) is their ratio. Votes may be fractional (half votes for unparseable answers).
 */
public record PairVotes(int a, int b, double votesA, double votes) {

    /** Checks the counts. */
    public PairVotes {
        if (a == b || a < 0 || b < 0) {
            throw new IllegalArgumentException("a pair needs two different outcomes; got " + a + " and " + b);
        }
        if (!(votes > 0) || votesA < 0 || votesA > votes) {
            throw new IllegalArgumentException(
                    "pair " + a + "-" + b + ": votes for the first must be between 0 and the votes (" + votes + ")");
        }
    }

    /** The empirical probability that {@code a} is preferred. */
    public double probabilityA() {
        return votesA / votes;
    }

    /**
     * The votes of counted answers.
     *
     * @param chosenA answers preferring {@code a}
     * @param chosenB answers preferring {@code b}
     * @param unparseable answers naming neither; counted by {@code rule}
     * @throws IllegalArgumentException when nothing counts (no parseable answer and unparseable ones dropped)
     */
    public static PairVotes of(int a, int b, int chosenA, int chosenB, int unparseable, UnparseableRule rule) {
        double half = rule == UnparseableRule.HALF ? unparseable / 2.0 : 0;
        return new PairVotes(a, b, chosenA + half, chosenA + chosenB + 2 * half);
    }
}
