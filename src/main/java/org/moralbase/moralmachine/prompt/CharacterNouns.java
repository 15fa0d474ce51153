package org.moralbase.moralmachine.prompt;

import java.util.EnumMap;
import java.util.Map;
import org.moralbase.moralmachine.CharacterType;

/**
 * English nouns for the 20 character types, exactly as in Takemoto's {@code config.py} and his plural list
 * (e.g. {@code Stroller} is "baby", {@code OldMan} "elderly man", {@code Homeless} "homeless person").
 */
public final class CharacterNouns {
    private static final Map<CharacterType, String[]> NOUNS = new EnumMap<>(CharacterType.class);

    static {
        put(CharacterType.MAN, "man", "men");
        put(CharacterType.WOMAN, "woman", "women");
        put(CharacterType.PREGNANT, "pregnant woman", "pregnant women");
        put(CharacterType.STROLLER, "baby", "babies");
        put(CharacterType.OLD_MAN, "elderly man", "elderly men");
        put(CharacterType.OLD_WOMAN, "elderly woman", "elderly women");
        put(CharacterType.BOY, "boy", "boys");
        put(CharacterType.GIRL, "girl", "girls");
        put(CharacterType.HOMELESS, "homeless person", "homeless persons");
        put(CharacterType.LARGE_WOMAN, "large woman", "large women");
        put(CharacterType.LARGE_MAN, "large man", "large men");
        put(CharacterType.CRIMINAL, "criminal", "criminals");
        put(CharacterType.MALE_EXECUTIVE, "male executive", "male executives");
        put(CharacterType.FEMALE_EXECUTIVE, "female executive", "female executives");
        put(CharacterType.FEMALE_ATHLETE, "female athlete", "female athletes");
        put(CharacterType.MALE_ATHLETE, "male athlete", "male athletes");
        put(CharacterType.FEMALE_DOCTOR, "female doctor", "female doctors");
        put(CharacterType.MALE_DOCTOR, "male doctor", "male doctors");
        put(CharacterType.DOG, "dog", "dogs");
        put(CharacterType.CAT, "cat", "cats");
    }

    private CharacterNouns() {}

    private static void put(CharacterType type, String singular, String plural) {
        NOUNS.put(type, new String[] {singular, plural});
    }

    /** The singular noun, e.g. "large man". */
    public static String singular(CharacterType type) {
        return NOUNS.get(type)[0];
    }

    /** The plural noun, e.g. "large men". */
    public static String plural(CharacterType type) {
        return NOUNS.get(type)[1];
    }

    /** "1 large man" or "2 large men": the count and the noun in the matching number. */
    public static String counted(CharacterType type, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        return count + " " + (count == 1 ? singular(type) : plural(type));
    }
}
