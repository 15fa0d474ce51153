package org.moralbase.models;

/** How a run's answers came in. */
public enum RunSource {
    /** Asked by Moralbase. */
    ASKED("Asked"),
    /** Imported from a {@code SharedResponses.csv} made elsewhere (e.g. Takemoto's converter). */
    IMPORTED("Imported");

    private final String label;

    RunSource(String label) {
        this.label = label;
    }

    /** The word researchers see. */
    public String label() {
        return label;
    }
}
