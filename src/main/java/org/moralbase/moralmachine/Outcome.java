package org.moralbase.moralmachine;

import java.util.List;
import java.util.Objects;

/**
 * One outcome of a scenario: the group of characters who die if the car takes {@link #diesIf()}, and are
 * spared otherwise. One row of {@code SharedResponses.csv} describes one outcome.
 *
 * @param characters 1–5 characters in the order they were drawn (the prompt groups them in this order)
 * @param passengers true if these are the car's passengers ({@code Barrier = 1})
 * @param signal their crossing signal; always {@link Signal#NONE} for passengers
 * @param diesIf the car action that kills them; {@link CarAction#SWERVE} is {@code Intervention = 1}
 * @param attributeLevel the {@code AttributeLevel} value, e.g. {@code Male}, {@code Hoomans}, {@code Rand}
 */
public record Outcome(
        List<CharacterType> characters, boolean passengers, Signal signal, CarAction diesIf, String attributeLevel) {

    /** Largest group an outcome may hold (methods §1.2). */
    public static final int MAX_CHARACTERS = 5;

    /** Checks the invariants of methods §1.2–1.3 and copies the list. */
    public Outcome {
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(diesIf, "diesIf");
        Objects.requireNonNull(attributeLevel, "attributeLevel");
        characters = List.copyOf(characters);
        if (characters.isEmpty() || characters.size() > MAX_CHARACTERS) {
            throw new IllegalArgumentException(
                    "an outcome holds 1 to " + MAX_CHARACTERS + " characters, got " + characters.size());
        }
        if (passengers && signal != Signal.NONE) {
            throw new IllegalArgumentException("passengers have no crossing signal, got " + signal);
        }
    }

    /** The {@code Intervention} column: 1 if these characters die when the car swerves. */
    public int intervention() {
        return diesIf == CarAction.SWERVE ? 1 : 0;
    }

    /** The {@code Barrier} column: 1 for passengers. */
    public int barrier() {
        return passengers ? 1 : 0;
    }

    /** The character counts ({@code NumberOfCharacters} is their total). */
    public CharacterCounts counts() {
        return CharacterCounts.ofCharacters(characters);
    }

    /** The number of characters. */
    public int size() {
        return characters.size();
    }
}
