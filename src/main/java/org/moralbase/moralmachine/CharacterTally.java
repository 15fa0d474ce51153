package org.moralbase.moralmachine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How often one character type was saved and sacrificed in a participant's choices: every character of the spared
 * picture counts once as saved, every character of the chosen picture (the one that dies) once as sacrificed.
 *
 * @param type the character type
 * @param saved characters of this type spared
 * @param sacrificed characters of this type who died
 */
public record CharacterTally(CharacterType type, int saved, int sacrificed) {

    /** Saved minus sacrificed. */
    public int net() {
        return saved - sacrificed;
    }

    /** Tallies of the types that appeared, in the column order of the data, from the scenarios and saved sides. */
    public static List<CharacterTally> of(List<Scenario> scenarios, List<Side> savedSides) {
        if (scenarios.size() != savedSides.size()) {
            throw new IllegalArgumentException(scenarios.size() + " scenarios but " + savedSides.size() + " choices");
        }
        Map<CharacterType, int[]> counts = new EnumMap<>(CharacterType.class);
        for (int i = 0; i < scenarios.size(); i++) {
            Side saved = savedSides.get(i);
            Side died = saved.other();
            add(counts, scenarios.get(i).outcome(saved).counts(), 0);
            add(counts, scenarios.get(i).outcome(died).counts(), 1);
        }
        List<CharacterTally> tallies = new ArrayList<>();
        counts.forEach((type, c) -> tallies.add(new CharacterTally(type, c[0], c[1])));
        return List.copyOf(tallies);
    }

    private static void add(Map<CharacterType, int[]> counts, CharacterCounts outcome, int slot) {
        for (CharacterType type : CharacterType.values()) {
            int n = outcome.get(type);
            if (n > 0) {
                counts.computeIfAbsent(type, t -> new int[2])[slot] += n;
            }
        }
    }

    /**
     * The type saved most on balance (highest saved − sacrificed, above zero); ties go to the type seen more often,
     * then to the earlier column. Empty when no type was saved more often than sacrificed.
     */
    public static Optional<CharacterTally> mostSaved(List<CharacterTally> tallies) {
        return tallies.stream()
                .filter(t -> t.net() > 0)
                .max(Comparator.comparingInt(CharacterTally::net)
                        .thenComparingInt(t -> t.saved() + t.sacrificed())
                        .thenComparing(t -> -t.type().ordinal()));
    }

    /** The mirror of {@link #mostSaved}: the lowest saved − sacrificed, below zero. */
    public static Optional<CharacterTally> mostSacrificed(List<CharacterTally> tallies) {
        return tallies.stream()
                .filter(t -> t.net() < 0)
                .max(Comparator.comparingInt((CharacterTally t) -> -t.net())
                        .thenComparingInt(t -> t.saved() + t.sacrificed())
                        .thenComparing(t -> -t.type().ordinal()));
    }
}
