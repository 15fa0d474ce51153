package org.moralbase.participation;

/** Where a participant came from. Stored by name on the session. */
public enum Source {
    /** A public study link. */
    LINK,
    /** Prolific (PROLIFIC_PID, STUDY_ID, SESSION_ID). */
    PROLIFIC,
    /** Amazon Mechanical Turk (workerId, assignmentId, hitId, turkSubmitTo). */
    MTURK
}
