package org.moralbase.moralgraph;

import java.time.Instant;

/**
 * One turn of the chat in which an interviewer model helps a participant write their card (decision 0037).
 *
 * @param role {@link #PARTICIPANT} or {@link #INTERVIEWER}
 * @param text what was said; an interviewer's turn exactly as the model sent it (a proposed card's JSON included)
 * @param at when it was said
 */
public record InterviewTurn(String role, String text, Instant at) {

    /** The participant's role. */
    public static final String PARTICIPANT = "participant";

    /** The interviewer model's role. */
    public static final String INTERVIEWER = "interviewer";

    /** Checks the role and that there is text. */
    public InterviewTurn {
        if (!PARTICIPANT.equals(role) && !INTERVIEWER.equals(role)) {
            throw new IllegalArgumentException("Interview: a turn's role is participant or interviewer, not " + role);
        }
        if (text == null || at == null) {
            throw new IllegalArgumentException("Interview: a turn needs its text and time");
        }
    }
}
