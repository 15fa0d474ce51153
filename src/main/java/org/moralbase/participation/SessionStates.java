package org.moralbase.participation;

import org.moralbase.condition.Condition;
import org.moralbase.participation.domain.ParticipantSession;

/** Turns a stored session into the record pages and exports see. */
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
}
