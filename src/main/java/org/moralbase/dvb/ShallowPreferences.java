package org.moralbase.dvb;

/**
 * The {@code shallow_preferences} of a DVB item: the pole confounded with v1 in training and the other one.
 *
 * @param preferred the pole chosen along with v1 in training (s1)
 * @param lessPreferred the other pole (s2)
 * @param preferredDefinition definition of s1
 * @param lessPreferredDefinition definition of s2
 */
public record ShallowPreferences(
        String preferred, String lessPreferred, String preferredDefinition, String lessPreferredDefinition) {}
