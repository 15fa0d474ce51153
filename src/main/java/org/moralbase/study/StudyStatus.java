package org.moralbase.study;

/** A study's life: drafted, open to participants, closed. */
public enum StudyStatus {
    DRAFT("Draft"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    StudyStatus(String label) {
        this.label = label;
    }

    /** The word researchers see. */
    public String label() {
        return label;
    }
}
