package org.moralbase.participation;

/**
 * What became of a submitted answer.
 *
 * @param storedChoice the choice stored at that position (the earlier one if the answer was a repeat)
 * @param session the session's status after it (completed or screened out when this answer ended it)
 */
public record AnswerReceipt(Status status, int position, String storedChoice, SessionStatus session) {

    /** Whether the answer at this position is stored (now or before). */
    public boolean stored() {
        return status == Status.STORED || status == Status.ALREADY_STORED;
    }

    /** The outcome of recording an answer. */
    public enum Status {
        /** Stored now. */
        STORED,
        /** Already stored earlier (double click, second tab, replayed request): nothing changed. */
        ALREADY_STORED,
        /** Not the next position: the page is stale; reload the session. */
        OUT_OF_ORDER,
        /** The session has ended; nothing is stored. */
        SESSION_CLOSED
    }
}
