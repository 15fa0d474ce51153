package org.moralbase.participation;

import java.util.List;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.participation.domain.ParticipantSession;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.moralbase.participation.domain.ResponseRepository;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of one participant of a study (issue 17 item 10, decision 0033): their session and every row that refers to
 * it in every kind — answers, the kinds' own rows, assignments (so quotas count them no more), values cards with
 * their interview — are deleted in one transaction by the database's {@code ON DELETE CASCADE}; the audit log keeps
 * who erased which pseudonymous participant and how many answers, never the platform id. Who may exclude a
 * participant may erase one.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ParticipantErasure {

    /**
     * What an erasure deleted.
     *
     * @param participants the pseudonymous ids of the sessions deleted (several when a platform id had several)
     * @param answers the answers deleted with them
     */
    public record Erased(List<String> participants, long answers) {}

    private final ParticipantSessionRepository sessions;
    private final ResponseRepository responses;
    private final StudyService studies;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    ParticipantErasure(
            ParticipantSessionRepository sessions,
            ResponseRepository responses,
            StudyService studies,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.responses = responses;
        this.studies = studies;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Erases the study's participant with this pseudonymous id (as exports and the monitor show it) or platform id
     * (PROLIFIC_PID, workerId).
     *
     * @throws StudyNotFoundException when the signed-in account may not see the study
     * @throws NoSuchParticipantException when no session of the study has that id
     */
    @Transactional
    public Erased erase(long studyId, String participant) {
        studies.find(studyId).orElseThrow(() -> new StudyNotFoundException(studyId));
        String id = participant == null ? "" : participant.strip();
        List<ParticipantSession> found = id.isEmpty() ? List.of() : sessions.findByParticipant(studyId, id);
        if (found.isEmpty()) {
            throw new NoSuchParticipantException(studyId);
        }
        long answers = 0;
        for (ParticipantSession session : found) {
            long n = responses.countBySessionId(session.getId());
            sessions.deleteSession(session.getId());
            audit.record(
                    AuditAction.PARTICIPANT_ERASED,
                    "study",
                    studyId,
                    "participant " + session.getPublicId() + ": session and " + n + " answers deleted");
            answers += n;
        }
        events.publishEvent(new SessionExclusionChanged(studyId)); // live results count them no more
        return new Erased(found.stream().map(ParticipantSession::getPublicId).toList(), answers);
    }

    /** No session of the study has the id an erasure named. */
    public static final class NoSuchParticipantException extends RuntimeException {

        NoSuchParticipantException(long studyId) {
            super("No participant of study " + studyId + " has this participant id or platform id");
        }
    }
}
