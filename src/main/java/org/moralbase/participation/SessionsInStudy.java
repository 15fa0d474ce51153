package org.moralbase.participation;

import java.util.Optional;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.moralbase.study.StudyContents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A study's participant sessions (previews aside) keep it from being deleted. */
@Component
class SessionsInStudy implements StudyContents {

    private final ParticipantSessionRepository sessions;

    SessionsInStudy(ParticipantSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> held(long studyId) {
        long n = sessions.countParticipants(studyId);
        return n == 0 ? Optional.empty() : Optional.of(n + (n == 1 ? " participant session" : " participant sessions"));
    }

    @Override
    @Transactional(readOnly = true)
    public long inProgress(long studyId) {
        return sessions.countByStudyIdAndStatus(studyId, SessionStatus.ACTIVE.name());
    }
}
