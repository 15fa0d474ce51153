package org.moralbase.study;

/** Where a study's participants come from. */
public enum Recruitment {
    /** A public link; anyone with it takes part. */
    LINK,
    /** Prolific: the link carries PROLIFIC_PID, STUDY_ID and SESSION_ID; the end returns a completion code. */
    PROLIFIC,
    /** Amazon Mechanical Turk: workerId, assignmentId, hitId, turkSubmitTo; the end submits back to MTurk. */
    MTURK
}
