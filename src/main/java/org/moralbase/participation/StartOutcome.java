package org.moralbase.participation;

/** What happens when someone opens a study link. */
public sealed interface StartOutcome {

    /** A session to continue: new, or the returning participant's own. */
    record Ready(SessionState session, boolean resumed) implements StartOutcome {}

    /** An MTurk worker previewing the HIT: the study may be described, nothing is stored. */
    record Preview(String studyTitle) implements StartOutcome {}

    /** No session, and why (participant pages say it in the participant's language). */
    record Refused(Refusal reason) implements StartOutcome {}

    /** Why a participant cannot start. */
    enum Refusal {
        NOT_FOUND,
        NOT_OPEN,
        FULL,
        ALREADY_DONE,
        BAD_LINK
    }
}
