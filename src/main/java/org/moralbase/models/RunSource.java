package org.moralbase.models;

/** How a run's answers came in. */
public enum RunSource {
    /** Asked by Moralbase. */
    ASKED,
    /** Imported from a {@code SharedResponses.csv} made elsewhere (e.g. Takemoto's converter). */
    IMPORTED
}
