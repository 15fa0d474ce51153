package org.moralbase.dvb;

import org.moralbase.participation.AnswerReceipt;

/** What became of a participant's answer, and where the session goes next. */
public record DvbAnswerOutcome(AnswerReceipt receipt, Next next) {

    /** Where the session goes. */
    public enum Next {
        /** Show the next trial. */
        TRIAL,
        /** Every trial answered: the session is completed. */
        DONE,
        /** Too many failed attention checks: the session ended as screened out. */
        SCREENED_OUT,
        /** The session is no longer active (abandoned, finished elsewhere). */
        CLOSED
    }
}
