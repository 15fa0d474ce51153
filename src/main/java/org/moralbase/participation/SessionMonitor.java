package org.moralbase.participation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.condition.StudyConditions;
import org.moralbase.participation.domain.ParticipantSession;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.moralbase.participation.domain.ResponseRepository;
import org.moralbase.security.CurrentUser;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The researchers' monitor of a study's participants, for every kind of study: each session's progress, times,
 * status and device, and the exclusion of a session from every analysis and export (undone at will), audited.
 * Exclusion is read where a study's answers are read ({@link StudyResponses}), so a kind gets it without code of its
 * own beyond leaving {@link StudyResponses#excludedSessions} out of its own answer rows.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class SessionMonitor {

    /** The rule for a reason. */
    public static final String REASON_RULE = "Reason: say why, in at most 500 characters";

    /** The filter value for excluded sessions (whatever their status). */
    public static final String EXCLUDED = "EXCLUDED";

    private final ParticipantSessionRepository sessions;
    private final ResponseRepository responses;
    private final StudyService studies;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final StudyConditions conditions;
    private final org.moralbase.study.StudyKinds kinds;
    private final AttentionCounts checks;
    private final MonitorQueries queries;

    SessionMonitor(
            ParticipantSessionRepository sessions,
            ResponseRepository responses,
            StudyService studies,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            ApplicationEventPublisher events,
            StudyConditions conditions,
            org.moralbase.study.StudyKinds kinds,
            AttentionCounts checks,
            MonitorQueries queries) {
        this.queries = queries;
        this.conditions = conditions;
        this.kinds = kinds;
        this.checks = checks;
        this.events = events;
        this.sessions = sessions;
        this.responses = responses;
        this.studies = studies;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A page of the study's sessions, newest first.
     *
     * @param status a {@link SessionStatus} name (not excluded ones), {@link #EXCLUDED}, or null for all
     */
    @Transactional(readOnly = true)
    public List<MonitorRow> rows(long studyId, String status, int offset, int limit) {
        return rows(studyId, status, MonitorSort.STARTED, true, offset, limit);
    }

    /**
     * A page of the study's sessions in the order of one column (ties: newest first when descending).
     *
     * @param status a {@link SessionStatus} name (not excluded ones), {@link #EXCLUDED}, or null for all
     */
    @Transactional(readOnly = true)
    public List<MonitorRow> rows(
            long studyId, String status, MonitorSort sort, boolean descending, int offset, int limit) {
        String kind = requireVisible(studyId).kind();
        List<ParticipantSession> page = queries.page(studyId, status, sort, descending, offset, limit);
        Map<Long, Long> answered = responses.answeredBySession(
                page.stream().map(ParticipantSession::getId).toList());
        Map<Long, String> codes = new java.util.HashMap<>();
        conditions.ofStudy(studyId).forEach(c -> codes.put(c.id(), c.code()));
        Map<Long, MonitorRow.Attention> attention = kinds.find(kind)
                .flatMap(org.moralbase.study.StudyKind::attentionChecks)
                .map(table -> checks.bySession(
                        table, page.stream().map(ParticipantSession::getId).toList()))
                .orElse(Map.of());
        return page.stream()
                .map(s -> new MonitorRow(
                        s.getId(),
                        s.getPublicId(),
                        Source.valueOf(s.getSource()),
                        s.getExternalId(),
                        SessionStatus.valueOf(s.getStatus()),
                        answered.getOrDefault(s.getId(), 0L).intValue(),
                        s.getStartedAt(),
                        s.getLastSeenAt(),
                        s.getFinishedAt(),
                        s.getDevice(),
                        s.getLanguage(),
                        s.getExcludedAt() == null ? null : s.getExclusionReason(),
                        s.getExcludedBy(),
                        codes.get(s.getConditionId()),
                        attention.get(s.getId()),
                        s.getPlatformIdsDroppedAt()))
                .toList();
    }

    /** Whether the study has between-subjects conditions (the monitor then shows each session's). */
    @Transactional(readOnly = true)
    public boolean hasConditions(long studyId) {
        requireVisible(studyId);
        return !conditions.ofStudy(studyId).isEmpty();
    }

    /** Whether the study's kind has attention checks (the monitor then shows each session's outcomes). */
    @Transactional(readOnly = true)
    public boolean hasAttentionChecks(long studyId) {
        return kinds.find(requireVisible(studyId).kind())
                .flatMap(org.moralbase.study.StudyKind::attentionChecks)
                .isPresent();
    }

    /**
     * A value that changes whenever a row of the study's monitor would (an arrival, an answer, an end, an exclusion):
     * the monitor polls it and reloads its rows only when it changed. Read from the database, so changes made through
     * any app node show.
     */
    @Transactional(readOnly = true)
    public MonitorChanges changes(long studyId) {
        requireVisible(studyId);
        return queries.fingerprint(studyId);
    }

    /** How many sessions {@link #rows} pages through. */
    @Transactional(readOnly = true)
    public long count(long studyId, String status) {
        requireVisible(studyId);
        return sessions.countForMonitor(studyId, status);
    }

    /** Leaves a session out of every analysis and export of its study, saying why. */
    @Transactional
    public void exclude(long studyId, long sessionId, String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > 500) {
            throw new IllegalArgumentException(REASON_RULE);
        }
        ParticipantSession session = require(studyId, sessionId);
        session.exclude(currentUser.username().orElse("?"), clean, clock.instant());
        audit.record(
                AuditAction.SESSION_EXCLUDED, "study", studyId, "participant " + session.getPublicId() + ": " + clean);
        events.publishEvent(new SessionExclusionChanged(studyId));
    }

    /** Takes an excluded session back into its study's analyses and exports. */
    @Transactional
    public void include(long studyId, long sessionId) {
        ParticipantSession session = require(studyId, sessionId);
        if (session.getExcludedAt() != null) {
            session.include();
            audit.record(AuditAction.SESSION_INCLUDED, "study", studyId, "participant " + session.getPublicId());
            events.publishEvent(new SessionExclusionChanged(studyId));
        }
    }

    private ParticipantSession require(long studyId, long sessionId) {
        requireVisible(studyId);
        return sessions.findById(sessionId)
                .filter(s -> s.getStudyId() == studyId)
                .orElseThrow(() -> new IllegalArgumentException("No such participant in this study"));
    }

    private org.moralbase.study.StudySummary requireVisible(long studyId) {
        return studies.find(studyId).orElseThrow(() -> new StudyNotFoundException(studyId));
    }
}
