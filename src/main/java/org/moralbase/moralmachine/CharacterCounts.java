package org.moralbase.moralmachine;

import java.util.Arrays;
import java.util.List;

/**
 * Immutable counts of the 20 character types in {@link CharacterType} order, i.e. the last 20 columns of
 * {@code SharedResponses.csv}. Value semantics ({@code equals} compares the counts).
 */
public final class CharacterCounts {
    private static final int N = CharacterType.values().length;
    private final int[] counts;

    private CharacterCounts(int[] counts) {
        this.counts = counts;
    }

    /**
     * Counts from an array in {@link CharacterType} order.
     *
     * @throws IllegalArgumentException unless there are exactly 20 non-negative counts
     */
    public static CharacterCounts of(int... counts) {
        if (counts.length != N) {
            throw new IllegalArgumentException("expected " + N + " character counts, got " + counts.length);
        }
        for (int i = 0; i < N; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(
                        "count of " + CharacterType.values()[i].column() + " is negative: " + counts[i]);
            }
        }
        return new CharacterCounts(counts.clone());
    }

    /** The counts of the characters in this list. */
    public static CharacterCounts ofCharacters(List<CharacterType> characters) {
        int[] c = new int[N];
        for (CharacterType t : characters) {
            c[t.ordinal()]++;
        }
        return new CharacterCounts(c);
    }

    /** The count of one character type. */
    public int get(CharacterType type) {
        return counts[type.ordinal()];
    }

    /** The total number of characters ({@code NumberOfCharacters}). */
    public int total() {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    /** A copy of the counts in {@link CharacterType} order. */
    public int[] toArray() {
        return counts.clone();
    }

    /** The characters as a list in column order (each type repeated by its count). */
    public List<CharacterType> toList() {
        CharacterType[] types = CharacterType.values();
        CharacterType[] out = new CharacterType[total()];
        int k = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < counts[i]; j++) {
                out[k++] = types[i];
            }
        }
        return List.of(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CharacterCounts other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return Arrays.toString(counts);
    }
}
