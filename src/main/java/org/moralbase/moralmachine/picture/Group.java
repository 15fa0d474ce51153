package org.moralbase.moralmachine.picture;

import java.util.List;
import java.util.Objects;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.Signal;

/**
 * One side of a dilemma: 1–5 characters who are either pedestrians on the crossing or passengers in the
 * car.
 *
 * @param characters the characters, drawn left to right in this order
 * @param passengers true if they sit in the car ({@code Barrier} = 1), false if they are pedestrians
 * @param signal the light of their lane; always {@link Signal#NONE} for passengers (methods §1.3)
 */
public record Group(List<CharacterType> characters, boolean passengers, Signal signal) {

    /** Most characters one side of a Moral Machine dilemma can hold. */
    public static final int MAX_CHARACTERS = 5;

    /** Validates and copies the list. */
    public Group {
        Objects.requireNonNull(signal, "signal");
        characters = List.copyOf(Objects.requireNonNull(characters, "characters"));
        if (characters.isEmpty() || characters.size() > MAX_CHARACTERS) {
            throw new IllegalArgumentException(
                    "a group holds 1 to " + MAX_CHARACTERS + " characters, got " + characters.size());
        }
        if (passengers && signal != Signal.NONE) {
            throw new IllegalArgumentException("passengers have no crossing signal, got " + signal);
        }
    }

    /** Pedestrians crossing under the given signal. */
    public static Group pedestrians(Signal signal, CharacterType... characters) {
        return new Group(List.of(characters), false, signal);
    }

    /** Passengers inside the car. */
    public static Group passengers(CharacterType... characters) {
        return new Group(List.of(characters), true, Signal.NONE);
    }
}
