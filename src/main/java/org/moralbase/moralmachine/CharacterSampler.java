package org.moralbase.moralmachine;

import static org.moralbase.moralmachine.CharacterType.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the two character groups of a scenario for one dimension (methods §1.2), as Takemoto's {@code
 * generate_moral_machine_scenarios.py} does: 1–5 pairs drawn uniformly with replacement from the allowed
 * pair list; Utilitarian: 1–4 identical characters on both sides plus 1..(5−n) extra on the {@code More}
 * side; Random: two independent groups of 1–5. The same sampler serves the Awad mode, whose character
 * draws are not specified beyond §1.2.
 */
final class CharacterSampler {

    /** Takemoto's first group (his {@code set_1}) and second group, with their attribute levels. */
    record Groups(List<CharacterType> first, String firstLevel, List<CharacterType> second, String secondLevel) {}

    private static final List<CharacterType> HUMANS = List.of(
            MAN,
            WOMAN,
            PREGNANT,
            STROLLER,
            OLD_MAN,
            OLD_WOMAN,
            BOY,
            GIRL,
            HOMELESS,
            LARGE_WOMAN,
            LARGE_MAN,
            CRIMINAL,
            MALE_EXECUTIVE,
            FEMALE_EXECUTIVE,
            FEMALE_ATHLETE,
            MALE_ATHLETE,
            FEMALE_DOCTOR,
            MALE_DOCTOR);
    private static final List<CharacterType> PETS = List.of(DOG, CAT);
    private static final List<CharacterType> LOW = List.of(HOMELESS, CRIMINAL);
    private static final List<CharacterType> NEUTRAL = List.of(MAN, WOMAN);
    private static final List<CharacterType> HIGH =
            List.of(PREGNANT, MALE_EXECUTIVE, FEMALE_EXECUTIVE, FEMALE_DOCTOR, MALE_DOCTOR);
    private static final List<CharacterType> FEMALE =
            List.of(WOMAN, OLD_WOMAN, GIRL, LARGE_WOMAN, FEMALE_EXECUTIVE, FEMALE_ATHLETE, FEMALE_DOCTOR);
    private static final List<CharacterType> MALE =
            List.of(MAN, OLD_MAN, BOY, LARGE_MAN, MALE_EXECUTIVE, MALE_ATHLETE, MALE_DOCTOR);
    private static final List<CharacterType[]> AGE = List.of(
            pair(BOY, MAN),
            pair(GIRL, WOMAN),
            pair(MAN, OLD_MAN),
            pair(WOMAN, OLD_WOMAN),
            pair(BOY, OLD_MAN),
            pair(GIRL, OLD_WOMAN));
    private static final List<CharacterType[]> FITNESS = List.of(
            pair(LARGE_MAN, MAN),
            pair(LARGE_WOMAN, WOMAN),
            pair(MAN, MALE_ATHLETE),
            pair(WOMAN, FEMALE_ATHLETE),
            pair(LARGE_MAN, MALE_ATHLETE),
            pair(LARGE_WOMAN, FEMALE_ATHLETE));

    private final Map<Dimension, List<CharacterType[]>> pairs = new EnumMap<>(Dimension.class);
    private final List<CharacterType> anyCharacter;

    CharacterSampler(Stimuli stimuli) {
        for (Dimension d : Dimension.values()) {
            pairs.put(d, allowedPairs(d, stimuli.characters(), stimuli.socialStatusCharacters()));
        }
        anyCharacter = List.copyOf(stimuli.characters().stream().sorted().toList());
    }

    /** Throws unless every dimension keeps at least one pair (or character) under these sets. */
    static void check(Set<CharacterType> characters, Set<CharacterType> socialStatus) {
        if (characters.isEmpty()) {
            throw new IllegalArgumentException("stimuli must allow at least one character type");
        }
        for (Dimension d : List.of(
                Dimension.GENDER, Dimension.FITNESS, Dimension.SOCIAL_STATUS, Dimension.AGE, Dimension.SPECIES)) {
            if (allowedPairs(d, characters, socialStatus).isEmpty()) {
                throw new IllegalArgumentException("stimuli leave no character pair for dimension " + d.label());
            }
        }
    }

    /**
     * The pairs (Takemoto's first group, second group) a dimension may show, e.g. (female, male) for Gender,
     * (lower, higher) for Social Status, (younger, older) for Age, (less fit, fitter) for Fitness, (human, pet).
     * Empty for Utilitarian and Random, which draw single characters.
     */
    static List<CharacterType[]> allowedPairs(Dimension d, Set<CharacterType> chars, Set<CharacterType> social) {
        List<CharacterType[]> all = new ArrayList<>();
        switch (d) {
            case SPECIES -> HUMANS.forEach(h -> PETS.forEach(p -> all.add(pair(h, p))));
            case SOCIAL_STATUS -> {
                LOW.forEach(l -> NEUTRAL.forEach(n -> all.add(pair(l, n))));
                LOW.forEach(l -> HIGH.forEach(h -> all.add(pair(l, h))));
                NEUTRAL.forEach(n -> HIGH.forEach(h -> all.add(pair(n, h))));
            }
            case GENDER -> {
                for (int i = 0; i < FEMALE.size(); i++) {
                    all.add(pair(FEMALE.get(i), MALE.get(i)));
                }
            }
            case AGE -> all.addAll(AGE);
            case FITNESS -> all.addAll(FITNESS);
            case UTILITARIAN, RANDOM -> {
                return List.of();
            }
        }
        return all.stream()
                .filter(p -> chars.contains(p[0]) && chars.contains(p[1]))
                .filter(p -> d != Dimension.SOCIAL_STATUS || (social.contains(p[0]) && social.contains(p[1])))
                .toList();
    }

    /** Draws the two groups of one scenario of this dimension. */
    Groups sample(Dimension d, RandomGenerator rng) {
        List<CharacterType> first = new ArrayList<>();
        List<CharacterType> second = new ArrayList<>();
        switch (d) {
            case UTILITARIAN -> {
                int same = 1 + rng.nextInt(4);
                for (int i = 0; i < same; i++) {
                    CharacterType c = any(rng);
                    first.add(c);
                    second.add(c);
                }
                int extra = 1 + rng.nextInt(Outcome.MAX_CHARACTERS - same);
                for (int i = 0; i < extra; i++) {
                    second.add(any(rng));
                }
            }
            case RANDOM -> {
                fill(first, 1 + rng.nextInt(Outcome.MAX_CHARACTERS), rng);
                fill(second, 1 + rng.nextInt(Outcome.MAX_CHARACTERS), rng);
            }
            default -> {
                List<CharacterType[]> list = pairs.get(d);
                int n = 1 + rng.nextInt(Outcome.MAX_CHARACTERS);
                for (int i = 0; i < n; i++) {
                    CharacterType[] p = list.get(rng.nextInt(list.size()));
                    first.add(p[0]);
                    second.add(p[1]);
                }
            }
        }
        return new Groups(first, firstLevel(d), second, secondLevel(d));
    }

    /** The level of Takemoto's first group: the first element of each pair above. */
    static String firstLevel(Dimension d) {
        return switch (d) {
            case SPECIES, GENDER, AGE -> d.preferredLevel();
            default -> d.baselineLevel();
        };
    }

    /** The level of Takemoto's second group. */
    static String secondLevel(Dimension d) {
        return switch (d) {
            case SPECIES, GENDER, AGE -> d.baselineLevel();
            default -> d.preferredLevel();
        };
    }

    private void fill(List<CharacterType> group, int n, RandomGenerator rng) {
        for (int i = 0; i < n; i++) {
            group.add(any(rng));
        }
    }

    private CharacterType any(RandomGenerator rng) {
        return anyCharacter.get(rng.nextInt(anyCharacter.size()));
    }

    private static CharacterType[] pair(CharacterType a, CharacterType b) {
        return new CharacterType[] {a, b};
    }
}
