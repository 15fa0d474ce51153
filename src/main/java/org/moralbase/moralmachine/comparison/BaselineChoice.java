package org.moralbase.moralmachine.comparison;

/**
 * A human baseline the comparison can use.
 *
 * @param studyId the Moral Machine study whose live AMCEs are the baseline, or {@code null} for Awad 2018
 * @param label what the picker shows
 */
public record BaselineChoice(Long studyId, String label) {

    /** The published human vector (methods §2.1). */
    public static final BaselineChoice AWAD_2018 = new BaselineChoice(null, "Awad 2018 (Moral Machine, published)");
}
