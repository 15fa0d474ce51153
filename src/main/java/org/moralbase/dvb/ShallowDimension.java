package org.moralbase.dvb;

import java.util.List;

/**
 * A two-pole shallow preference about AI agents. DVB uses 20 dimensions; only those named in methods §4 are
 * listed in {@link #KNOWN}, and any other dimension read from a file is accepted.
 *
 * @param name the dimension, e.g. {@code Humor}
 * @param pole1 one pole, e.g. {@code Humorous}
 * @param pole2 the other pole, e.g. {@code Serious}
 */
public record ShallowDimension(String name, String pole1, String pole2) {

    /** The dimensions named in methods §4 (5 of the 20). */
    public static final List<ShallowDimension> KNOWN = List.of(
            new ShallowDimension("Language Style", "Formal Language", "Colloquial Language"),
            new ShallowDimension("Humor", "Humorous", "Serious"),
            new ShallowDimension("Conciseness", "Concise", "Detailed"),
            new ShallowDimension("Response Speed", "Fast", "Slow"),
            new ShallowDimension("Voice", "Human-Like", "Robotic"));

    /** Checks the names are present and the poles differ. */
    public ShallowDimension {
        for (String part : new String[] {name, pole1, pole2}) {
            if (part == null || part.isBlank()) {
                throw new IllegalArgumentException("dimension name and both poles must not be blank");
            }
        }
        if (pole1.equals(pole2)) {
            throw new IllegalArgumentException("the two poles of " + name + " must differ, both were '" + pole1 + "'");
        }
    }

    /** The known dimension with this name, if any (case-insensitive). */
    public static java.util.Optional<ShallowDimension> known(String name) {
        return KNOWN.stream().filter(d -> d.name.equalsIgnoreCase(name)).findFirst();
    }
}
