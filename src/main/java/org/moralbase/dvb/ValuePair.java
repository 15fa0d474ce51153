package org.moralbase.dvb;

/**
 * The deep values of a DVB trial: v1 is preferred over v2; both from one family (methods §4).
 *
 * @param preferred v1
 * @param preferredDefinition v1's definition
 * @param lessPreferred v2
 * @param lessPreferredDefinition v2's definition
 */
public record ValuePair(
        DeepValue preferred, String preferredDefinition, DeepValue lessPreferred, String lessPreferredDefinition) {

    /** Checks the values may be paired and both definitions are given. */
    public ValuePair {
        if (preferred == null || !preferred.canPairWith(lessPreferred)) {
            throw new IllegalArgumentException(
                    "values must be two different values of one family, were " + preferred + " and " + lessPreferred);
        }
        if (preferredDefinition == null
                || preferredDefinition.isBlank()
                || lessPreferredDefinition == null
                || lessPreferredDefinition.isBlank()) {
            throw new IllegalArgumentException("both value definitions must be given");
        }
    }
}
