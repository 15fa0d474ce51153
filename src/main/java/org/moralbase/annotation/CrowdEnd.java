package org.moralbase.annotation;

import org.moralbase.participation.Source;

/**
 * How a crowd worker's participation ends, and how they get back to their platform.
 *
 * @param outcome finished, screened out, or nothing was left to do
 * @param source PROLIFIC or MTURK
 * @param code the completion code (finished) or screen-out code (screened out) for Prolific; null if none
 * @param submitTo MTurk's validated turkSubmitTo base URL, else null
 * @param assignmentId MTurk's assignment id, else null
 */
public record CrowdEnd(Outcome outcome, Source source, String code, String submitTo, String assignmentId) {

    /** Why the work ended. */
    public enum Outcome {
        /** At least one item answered and no further item for this worker (cap reached or project full). */
        COMPLETED,
        /** A wrong answer to a screen-out check. */
        SCREENED_OUT,
        /** Nothing answered and nothing left to give: the project is full. */
        NOTHING_LEFT
    }
}
