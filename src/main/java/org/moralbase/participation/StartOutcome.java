package org.moralbase.participation;

/** What happens when someone opens a study link. */
public sealed interface StartOutcome {

    /** A session to continue: new, or the returning participant's own. */
    record Ready(SessionState session, boolean resumed) implements StartOutcome {}

    /** An MTurk worker previewing the HIT: the study may be described, nothing is stored. */
    record Preview(String studyTitle) implements StartOutcome {}

    /** Too many new sessions from this client address just now: the participant may try again after {@code retryAfter}. */
    record Throttled(java.time.Duration retryAfter) implements StartOutcome {}

    /** No session, and why (participant pages say it in the participant's language). */
    record Refused(Refusal reason) implements StartOutcome {}

    /** Why a participant cannot start. */
    enum Refusal {
        NOT_FOUND,
        /** A draft: not taking participants yet. */
        NOT_OPEN,
        /** Closed by the researcher: no new arrivals; for a returning participant, the grace period has ended. */
        CLOSED,
        FULL,
        ALREADY_DONE,
        BAD_LINK
    }
}
