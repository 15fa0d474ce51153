package org.moralbase.moralmachine;

/**
 * Where an outcome is drawn ({@code LeftHand}); for the LLM prompt the left outcome is "Case 1" and the right
 * one "Case 2".
 */
public enum Side {
    /** Drawn on the left; Case 1 in the prompt. */
    LEFT,
    /** Drawn on the right; Case 2 in the prompt. */
    RIGHT;

    /** The other side. */
    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }

    /** The prompt case number: 1 for {@link #LEFT}, 2 for {@link #RIGHT}. */
    public int caseNumber() {
        return this == LEFT ? 1 : 2;
    }

    /** The side of prompt case 1 or 2. */
    public static Side ofCase(int caseNumber) {
        return switch (caseNumber) {
            case 1 -> LEFT;
            case 2 -> RIGHT;
            default -> throw new IllegalArgumentException("case number must be 1 or 2, got " + caseNumber);
        };
    }
}
