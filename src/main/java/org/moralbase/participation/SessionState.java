package org.moralbase.participation;

import java.time.Instant;
import org.moralbase.condition.Condition;

/**
 * A participant's session as participant pages, kinds and exports see it.
 *
 * @param id the session's row id, which the kinds' own rows refer to (never shown)
 * @param token the secret in the participant's address and cookie: it opens the session, so it goes to the
 *     participant's pages only, never to an export, a researcher's page or a log (null for imported sessions)
 * @param participantId the pseudonymous participant id that exports and researchers' pages show; it opens nothing
 * @param returnTo MTurk's submit host for this worker, else null
 * @param answered how many answers are stored; the next item shown is at position answered + 1
 * @param seed the session's seed: with the study's seed it rebuilds the same items after a reload or restart
 * @param condition the between-subjects condition assigned at the start, or {@code null} when the study has none
 *     (decision 0028)
 * @param platformIdsDroppedAt when the retention job dropped the platform ids, or null while kept (decision 0039)
 */
public record SessionState(
        long id,
        String token,
        String participantId,
        long studyId,
        Source source,
        String externalId,
        String externalStudyId,
        String externalSessionId,
        String returnTo,
        SessionStatus status,
        String language,
        String device,
        long seed,
        int answered,
        boolean consented,
        boolean surveyDone,
        Instant startedAt,
        Instant finishedAt,
        String exclusionReason,
        Condition condition,
        Instant platformIdsDroppedAt) {

    /** Whether a researcher excluded the session from the analyses and exports ({@code exclusionReason} says why). */
    public boolean excluded() {
        return exclusionReason != null;
    }

    /** The code of the session's condition, or {@code null} when the study has none. */
    public String conditionCode() {
        return condition == null ? null : condition.code();
    }

    /** The same session after its answer at position {@code answered} was stored. */
    public SessionState withAnswered(int answered) {
        return new SessionState(
                id,
                token,
                participantId,
                studyId,
                source,
                externalId,
                externalStudyId,
                externalSessionId,
                returnTo,
                status,
                language,
                device,
                seed,
                answered,
                consented,
                surveyDone,
                startedAt,
                finishedAt,
                exclusionReason,
                condition,
                platformIdsDroppedAt);
    }
}
