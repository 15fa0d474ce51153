package org.moralbase.participation;

import java.time.Instant;

/**
 * Published inside the transaction that ends a session as completed or screened out (never for a repeat, never for
 * abandoned or expired sessions), so that a listener before the commit (webhooks' outbox) stores its consequence
 * atomically with the end. Previews are marked; listeners leave them out.
 *
 * @param participant the pseudonymous participant id of exports, never the session's secret token
 * @param externalId PROLIFIC_PID or workerId; null for a public link or once dropped (decision 0039)
 * @param externalStudyId Prolific's STUDY_ID or MTurk's hitId
 * @param externalSessionId Prolific's SESSION_ID or MTurk's assignmentId
 * @param completedSessions counts, when asked inside the transaction, the study's completed sessions with this one, as
 *     the rule that turns newcomers away once a target is reached counts them; -1 for a screen-out. A query, so
 *     asked only by a listener that needs it (a study's target webhook), not on every completion
 */
public record SessionEnded(
        long studyId,
        long sessionId,
        String participant,
        SessionStatus status,
        Instant endedAt,
        Source source,
        String externalId,
        String externalStudyId,
        String externalSessionId,
        java.util.function.LongSupplier completedSessions) {

    /** A researcher's preview: results and webhooks leave it out. */
    public boolean preview() {
        return source == Source.PREVIEW;
    }
}
