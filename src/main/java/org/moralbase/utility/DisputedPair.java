package org.moralbase.utility;

/**
 * A pair both people and a model answered, with each side's share preferring the first outcome; {@code modelVotes} is 0
 * for published utilities (their file gives P, not counts).
 */
public record DisputedPair(
        String model,
        String firstKey,
        String first,
        String secondKey,
        String second,
        double peopleShare,
        int peopleVotes,
        double modelShare,
        int modelVotes) {

    /** How far apart the two shares are, 0 to 1. */
    public double gap() {
        return Math.abs(peopleShare - modelShare);
    }
}
