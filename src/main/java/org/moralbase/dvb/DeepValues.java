package org.moralbase.dvb;

/**
 * The {@code deep_values} of a DVB item, as written in the file (names are not forced into {@link DeepValue}).
 *
 * @param preferred the value the simulated user prefers (v1)
 * @param lessPreferred the other value (v2)
 * @param preferredDefinition definition of v1 shown in the prompt
 * @param lessPreferredDefinition definition of v2 shown in the prompt
 */
public record DeepValues(
        String preferred, String lessPreferred, String preferredDefinition, String lessPreferredDefinition) {}
