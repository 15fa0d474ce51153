package org.moralbase.participation;

/**
 * Who arrives through a study link, as read from its URL parameters by {@link ArrivalParser}.
 *
 * @param externalId Prolific PID or MTurk worker id; null for a public link
 * @param externalStudyId Prolific STUDY_ID or MTurk hitId
 * @param externalSessionId Prolific SESSION_ID or MTurk assignmentId
 * @param submitTo MTurk's turkSubmitTo base URL (validated https), else null
 * @param preview true for an MTurk preview (assignmentId ASSIGNMENT_ID_NOT_AVAILABLE): show, store nothing
 */
public record Arrival(
        Source source,
        String externalId,
        String externalStudyId,
        String externalSessionId,
        String submitTo,
        boolean preview) {

    /** Someone with the public link and no recruitment platform. */
    public static Arrival publicLink() {
        return new Arrival(Source.LINK, null, null, null, null, false);
    }
}
