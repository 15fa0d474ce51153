package org.moralbase.moralgraph;

import java.util.List;
import java.util.Optional;

/**
 * What one message to the interviewer brought: the turns to add to the transcript (the participant's, then the
 * interviewer's unless it failed), what the chat shows of the interviewer's answer, the card it proposed, and whether
 * a proposal could not be read or the model failed.
 *
 * @param turns the new turns, in order
 * @param shown the interviewer's words without the card's JSON, or null when the model failed
 * @param proposal the card the interviewer proposed, when its JSON was read
 * @param unreadable whether the answer carried a card the page could not read (the chat goes on)
 * @param failure why the model gave no answer (for the log and the researcher), or null
 */
public record InterviewReply(
        List<InterviewTurn> turns, String shown, Optional<CardDraft> proposal, boolean unreadable, String failure) {

    /** Whether the model answered. */
    public boolean answered() {
        return failure == null;
    }
}
