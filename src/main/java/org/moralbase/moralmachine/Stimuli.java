package org.moralbase.moralmachine;

import static org.moralbase.moralmachine.CharacterType.*;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which character types a study shows (methods §1.2: "record which stimuli a study used").
 *
 * @param characters types allowed in every dimension; pairs with a type outside this set are never drawn
 * @param socialStatusCharacters the subset further allowed in Social Status scenarios
 */
public record Stimuli(Set<CharacterType> characters, Set<CharacterType> socialStatusCharacters) {

    /** All 20 types everywhere: the website's full design and Takemoto's code. */
    public static final Stimuli ALL =
            new Stimuli(EnumSet.allOf(CharacterType.class), EnumSet.allOf(CharacterType.class));

    /**
     * Awad 2018's published analysis subset for Social Status: homeless versus executives, with Man and Woman
     * as neutral; doctors, pregnant women and criminals are not shown in Social Status scenarios.
     */
    public static final Stimuli AWAD_ANALYSIS = new Stimuli(
            EnumSet.allOf(CharacterType.class), EnumSet.of(HOMELESS, MAN, WOMAN, MALE_EXECUTIVE, FEMALE_EXECUTIVE));

    /** Copies the sets and checks that every dimension still has stimuli (see {@link CharacterSampler}). */
    public Stimuli {
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(socialStatusCharacters, "socialStatusCharacters");
        characters = Set.copyOf(characters);
        socialStatusCharacters = Set.copyOf(socialStatusCharacters);
        CharacterSampler.check(characters, socialStatusCharacters);
    }

    /** True if this type may appear in scenarios of this dimension. */
    public boolean allows(Dimension dimension, CharacterType type) {
        return characters.contains(type)
                && (dimension != Dimension.SOCIAL_STATUS || socialStatusCharacters.contains(type));
    }
}
