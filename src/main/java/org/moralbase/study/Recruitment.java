package org.moralbase.study;

/** Where a study's participants come from. */
public enum Recruitment {
    /** A public link; anyone with it takes part. */
    LINK("Public link"),
    /** Prolific: the link carries PROLIFIC_PID, STUDY_ID and SESSION_ID; the end returns a completion code. */
    PROLIFIC("Prolific"),
    /** Amazon Mechanical Turk: workerId, assignmentId, hitId, turkSubmitTo; the end submits back to MTurk. */
    MTURK("Amazon Mechanical Turk");

    private final String label;

    Recruitment(String label) {
        this.label = label;
    }

    /** The name researchers see. */
    public String label() {
        return label;
    }
}
