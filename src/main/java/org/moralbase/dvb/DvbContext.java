package org.moralbase.dvb;

/**
 * Where a DVB trial is set.
 *
 * @param name the domain, e.g. {@code healthcare}
 * @param activity the work activity within it
 */
public record DvbContext(String name, String activity) {

    /** Checks both parts are present. */
    public DvbContext {
        if (name == null || name.isBlank() || activity == null || activity.isBlank()) {
            throw new IllegalArgumentException("context name and activity must not be blank");
        }
    }
}
