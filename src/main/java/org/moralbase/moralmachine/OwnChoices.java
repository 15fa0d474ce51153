package org.moralbase.moralmachine;

import java.util.List;
import java.util.Optional;

/**
 * What a participant's own choices show, for their closing page: the nine estimates (Awad's AMCE formula on their
 * answers alone, NaN where their scenarios do not cover an attribute) and how often each character was saved and
 * sacrificed.
 *
 * @param estimates the nine AMCEs in the order of methods §1.1
 * @param answered the number of answered scenarios
 * @param characters the tallies of the character types that appeared
 */
public record OwnChoices(double[] estimates, int answered, List<CharacterTally> characters) {

    public OwnChoices {
        estimates = estimates.clone();
        characters = List.copyOf(characters);
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    /** See {@link CharacterTally#mostSaved}. */
    public Optional<CharacterTally> mostSaved() {
        return CharacterTally.mostSaved(characters);
    }

    /** See {@link CharacterTally#mostSacrificed}. */
    public Optional<CharacterTally> mostSacrificed() {
        return CharacterTally.mostSacrificed(characters);
    }
}
