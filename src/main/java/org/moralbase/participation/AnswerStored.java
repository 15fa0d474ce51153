package org.moralbase.participation;

/**
 * Published after an answer is committed (never for repeats), so live views can update incrementally.
 * Listeners run after the commit, outside the participant's transaction. Answers in a researcher's preview and
 * answers of a session a researcher excluded are marked, and results leave them out.
 */
public record AnswerStored(long studyId, String participantId, StoredAnswer answer, boolean preview, boolean excluded) {

    /** Whether results count the answer (not a preview, not an excluded session). */
    public boolean counts() {
        return !preview && !excluded;
    }
}
