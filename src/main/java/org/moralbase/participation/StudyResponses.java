package org.moralbase.participation;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.condition.Condition;
import org.moralbase.condition.StudyConditions;
import org.moralbase.participation.domain.ParticipantSession;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.moralbase.participation.domain.Response;
import org.moralbase.participation.domain.ResponseRepository;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What researchers read of a study's participation: session counts, and every answer streamed in pages (by
 * session id, then position) so that exports and live analyses never hold a study's answers in memory. Only
 * for researchers who may see the study; others get {@link StudyNotFoundException}.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class StudyResponses {

    /** Sessions per page; a page's answers are read in one query and then dropped from the persistence context. */
    static final int SESSIONS_PER_PAGE = 200;

    private final ParticipantSessionRepository sessions;
    private final ResponseRepository responses;
    private final StudyService studies;
    private final EntityManager entityManager;
    private final StudyConditions conditions;

    private final MonitorQueries queries;
    private final AuditService audit;

    StudyResponses(
            ParticipantSessionRepository sessions,
            ResponseRepository responses,
            StudyService studies,
            EntityManager entityManager,
            StudyConditions conditions,
            MonitorQueries queries,
            AuditService audit) {
        this.queries = queries;
        this.audit = audit;
        this.conditions = conditions;
        this.sessions = sessions;
        this.responses = responses;
        this.studies = studies;
        this.entityManager = entityManager;
    }

    /** The study's sessions by status. */
    @Transactional(readOnly = true)
    public SessionCounts counts(long studyId) {
        requireVisible(studyId);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Object[] row : sessions.countByStatus(studyId)) {
            byStatus.put((String) row[0], ((Number) row[1]).longValue());
        }
        long started = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new SessionCounts(
                started,
                byStatus.getOrDefault(SessionStatus.ACTIVE.name(), 0L),
                byStatus.getOrDefault(SessionStatus.COMPLETED.name(), 0L),
                byStatus.getOrDefault(SessionStatus.SCREENED_OUT.name(), 0L),
                byStatus.getOrDefault(SessionStatus.ABANDONED.name(), 0L));
    }

    /**
     * Hands every answer of the study (but those of sessions a researcher excluded) to {@code sink}, session by
     * session (in order of start) and in position
     * order within a session, in one read-only transaction. Returns the number of answers.
     */
    @Transactional(readOnly = true)
    public long forEachAnswer(long studyId, StudyAnswerSink sink) throws IOException {
        requireVisible(studyId);
        return scanAnswers(studyId, sink);
    }

    /**
     * As {@link #forEachAnswer}, without the researcher check, for computing aggregates a participant may see
     * (the study's nine AMCEs on the closing page). Callers must never pass individual answers to a page.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long forEachAnswerForAggregates(long studyId, StudyAnswerSink sink) throws IOException {
        return scanAnswers(studyId, sink);
    }

    /**
     * As {@link #forEachAnswerForAggregates}, only for the sessions of the study seen (an answer stored, through any
     * app node) at or after {@code since}: all their answers, which a live aggregate that already has some of them
     * skips by position. Lets a node's live results follow answers stored on other nodes of a cluster.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long forEachAnswerOfSessionsSeenSince(long studyId, Instant since, StudyAnswerSink sink) throws IOException {
        Map<Long, Condition> byId = conditionsOf(studyId);
        long count = 0;
        long after = 0;
        while (true) {
            List<ParticipantSession> page =
                    sessions.seenSince(studyId, since, after, PageRequest.of(0, SESSIONS_PER_PAGE));
            if (page.isEmpty()) {
                return count;
            }
            count += emit(page, byId, sink);
            after = page.getLast().getId();
        }
    }

    /**
     * The one-row summary of the study's sessions that changes with any arrival, answer, end or exclusion through any
     * node ({@link SessionMonitor#changes}), for live aggregates: compared, never shown.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public MonitorChanges changesForAggregates(long studyId) {
        return queries.fingerprint(studyId);
    }

    /**
     * How many participants of the study were erased (decision 0033), through any node: a live aggregate that differs
     * from its last look holds answers that no longer exist. A count, for aggregates.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long erasures(long studyId) {
        return audit.count(AuditAction.PARTICIPANT_ERASED, "study", studyId);
    }

    private long scanAnswers(long studyId, StudyAnswerSink sink) throws IOException {
        Map<Long, Condition> byId = conditionsOf(studyId);
        long count = 0;
        long after = 0;
        while (true) {
            List<ParticipantSession> page = sessions.findByStudyIdAndIdGreaterThanOrderById(
                    studyId, after, PageRequest.of(0, SESSIONS_PER_PAGE));
            if (page.isEmpty()) {
                return count;
            }
            count += emit(page, byId, sink);
            after = page.getLast().getId();
        }
    }

    /** Hands a page of sessions' answers to the sink (not those of excluded sessions); then forgets the page. */
    private long emit(List<ParticipantSession> page, Map<Long, Condition> byId, StudyAnswerSink sink)
            throws IOException {
        long count = 0;
        Map<Long, List<Response>> bySession = new LinkedHashMap<>();
        page.forEach(s -> bySession.put(s.getId(), new ArrayList<>()));
        for (Response r : responses.findBySessionIdInOrderBySessionIdAscPositionAsc(bySession.keySet())) {
            bySession.get(r.getSessionId()).add(r);
        }
        for (ParticipantSession s : page) {
            if (s.getExcludedAt() != null) {
                continue; // a researcher excluded the session from every analysis and export
            }
            List<Response> answers = bySession.get(s.getId());
            SessionState view = SessionStates.of(s, answers.size(), byId.get(s.getConditionId()));
            for (Response r : answers) {
                sink.accept(new StudyAnswer(view, SessionStates.answer(r)));
                count++;
            }
        }
        entityManager.clear(); // keeps memory flat over any number of pages
        return count;
    }

    /** Hands every session of the study, with its answer count and survey, to {@code sink} in order of start. */
    @Transactional(readOnly = true)
    public long forEachSession(long studyId, StudySessionSink sink) throws IOException {
        requireVisible(studyId);
        Map<Long, Condition> byId = conditionsOf(studyId);
        long count = 0;
        long after = 0;
        while (true) {
            List<ParticipantSession> page = sessions.findByStudyIdAndIdGreaterThanOrderById(
                    studyId, after, PageRequest.of(0, SESSIONS_PER_PAGE));
            if (page.isEmpty()) {
                return count;
            }
            Map<Long, Long> answered = responses.answeredBySession(
                    page.stream().map(ParticipantSession::getId).toList());
            for (ParticipantSession s : page) {
                int n = answered.getOrDefault(s.getId(), 0L).intValue();
                sink.accept(new StudySession(SessionStates.of(s, n, byId.get(s.getConditionId())), s.getSurvey()));
                count++;
            }
            after = page.getLast().getId();
            entityManager.clear();
        }
    }

    /**
     * The sessions of the study a researcher excluded: a kind that reads its own answer rows leaves these out of its
     * analyses and exports (the study's answers through {@link #forEachAnswer} already are).
     */
    @Transactional(readOnly = true)
    public Set<Long> excludedSessions(long studyId) {
        requireVisible(studyId);
        return Set.copyOf(sessions.findExcludedIds(studyId));
    }

    /**
     * The ids of the study's sessions assigned this condition (by code), for results split by condition (decision
     * 0028); empty when the study has no such condition.
     */
    @Transactional(readOnly = true)
    public Set<Long> sessionsInCondition(long studyId, String conditionCode) {
        requireVisible(studyId);
        return conditions.ofStudy(studyId).stream()
                .filter(c -> c.code().equals(conditionCode))
                .findFirst()
                .map(c -> Set.copyOf(sessions.findIdsByCondition(studyId, c.id())))
                .orElse(Set.of());
    }

    private void requireVisible(long studyId) {
        if (studies.find(studyId).isEmpty()) {
            throw new StudyNotFoundException(studyId);
        }
    }

    private Map<Long, Condition> conditionsOf(long studyId) {
        Map<Long, Condition> byId = new java.util.HashMap<>();
        conditions.ofStudy(studyId).forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
