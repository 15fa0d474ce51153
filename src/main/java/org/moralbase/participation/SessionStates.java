package org.moralbase.participation;

import java.time.Instant;
import java.util.function.LongSupplier;
import org.moralbase.condition.Condition;
import org.moralbase.participation.domain.ParticipantSession;
import org.moralbase.participation.domain.Response;

/** Turns a stored session, its answers and its end into the records pages, exports and listeners see. */
final class SessionStates {

    private SessionStates() {}

    static SessionState of(ParticipantSession s, int answered, Condition condition) {
        return new SessionState(
                s.getId(),
                s.getAccessToken(),
                s.getPublicId(),
                s.getStudyId(),
                Source.valueOf(s.getSource()),
                s.getExternalId(),
                s.getExternalStudyId(),
                s.getExternalSessionId(),
                s.getReturnTo(),
                SessionStatus.valueOf(s.getStatus()),
                s.getLanguage(),
                s.getDevice(),
                s.getRandomSeed(),
                answered,
                s.getConsentedAt() != null,
                s.getSurvey() != null,
                s.getStartedAt(),
                s.getFinishedAt(),
                s.getExcludedAt() == null ? null : s.getExclusionReason(),
                condition,
                s.getPlatformIdsDroppedAt());
    }

    static StoredAnswer answer(Response r) {
        return new StoredAnswer(
                r.getPosition(),
                r.getItemKey(),
                r.getShown(),
                r.getChoice(),
                r.getShownAt(),
                r.getAnsweredAt(),
                r.getResponseTimeMs());
    }

    static SessionEnded ended(ParticipantSession s, SessionStatus end, Instant at, LongSupplier completedSessions) {
        return new SessionEnded(
                s.getStudyId(),
                s.getId(),
                s.getPublicId(),
                end,
                at,
                Source.valueOf(s.getSource()),
                s.getExternalId(),
                s.getExternalStudyId(),
                s.getExternalSessionId(),
                completedSessions);
    }
}
