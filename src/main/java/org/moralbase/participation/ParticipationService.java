package org.moralbase.participation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.base.Retries;
import org.moralbase.base.SeedSource;
import org.moralbase.condition.Condition;
import org.moralbase.condition.ConditionBalance;
import org.moralbase.condition.StudyConditions;
import org.moralbase.participation.StartOutcome.Refusal;
import org.moralbase.participation.domain.ParticipantSession;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.moralbase.participation.domain.Response;
import org.moralbase.participation.domain.ResponseRepository;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A participant's way through a study, without an account: starting or resuming a session, storing each
 * answer exactly once, finishing. Participant pages call it anonymously; every method takes the session's secret
 * token ({@link SessionState#token()}, the participant's address and cookie), which is the participant's only
 * credential. The pseudonymous {@link SessionState#participantId()} that exports print opens nothing
 * (docs/decisions/0024-session-token-and-pseudonym.md).
 */
@Service
public class ParticipationService {

    private final ParticipantSessionRepository sessions;
    private final ResponseRepository responses;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final SeedSource seeds;
    private final Clock clock;
    private final Retries retry;
    private final StudyConditions conditions;
    private final PublicStudies studies;
    private final ArrivalThrottle throttle;

    ParticipationService(
            ParticipantSessionRepository sessions,
            ResponseRepository responses,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            SeedSource seeds,
            Clock clock,
            StudyConditions conditions,
            PublicStudies studies,
            ArrivalThrottle throttle,
            @Value("${moralbase.participation.retry-budget:15s}") Duration retryBudget) {
        this.conditions = conditions;
        this.studies = studies;
        this.throttle = throttle;
        this.retry = Retries.transientDatabase(retryBudget).whenSpent(AnswerNotSavedException::new);
        this.sessions = sessions;
        this.responses = responses;
        this.tx = tx;
        this.events = events;
        this.seeds = seeds;
        this.clock = clock;
    }

    /**
     * {@link #start(PublicStudy, Arrival, String, String, String, String)} for an arrival that did not come over the
     * web (tools, tests): no client address, so not throttled.
     */
    public StartOutcome start(
            PublicStudy study, Arrival arrival, String rememberedSession, String language, String device) {
        return start(study, arrival, rememberedSession, language, device, null);
    }

    /**
     * Starts a session, or resumes the one this participant already has: by external id (Prolific, MTurk), or
     * by the session token the browser remembered ({@code rememberedSession}, for public links). A closed study
     * takes no new arrivals, and resumes a session only within its grace period (decision 0034). New sessions are
     * limited per {@code clientAddress} ({@link StartOutcome.Throttled}; null: not over the web, not limited);
     * returning participants are never throttled.
     */
    public StartOutcome start(
            PublicStudy study,
            Arrival arrival,
            String rememberedSession,
            String language,
            String device,
            String clientAddress) {
        if (arrival.preview()) {
            return new StartOutcome.Preview(study.title());
        }
        Optional<ParticipantSession> existing = tx.execute(status -> findExisting(study, arrival, rememberedSession));
        if (existing.isPresent()) {
            return resumed(study, existing.get());
        }
        if (study.status() != StudyStatus.OPEN && arrival.source() != Source.PREVIEW) {
            return new StartOutcome.Refused(study.status() == StudyStatus.CLOSED ? Refusal.CLOSED : Refusal.NOT_OPEN);
        }
        Integer target = study.recruitment().targetParticipants();
        if (target != null && sessions.countByStudyIdAndStatus(study.id(), SessionStatus.COMPLETED.name()) >= target) {
            return new StartOutcome.Refused(Refusal.FULL);
        }
        if (clientAddress != null && arrival.source() != Source.PREVIEW) {
            Duration wait = throttle.newSession(clientAddress);
            if (!wait.isZero()) {
                return new StartOutcome.Throttled(wait);
            }
        }
        long seed = seeds.nextSeed();
        ParticipantSession created = new ParticipantSession(
                study.id(),
                SessionTokens.newPseudonym(),
                SessionTokens.newToken(),
                arrival.source().name(),
                arrival.externalId(),
                arrival.externalStudyId(),
                arrival.externalSessionId(),
                arrival.submitTo(),
                language,
                device,
                seed,
                clock.instant());
        created.assignCondition(assignedCondition(study.id(), seed));
        try {
            return new StartOutcome.Ready(
                    view(retry.run(() -> tx.execute(status -> sessions.saveAndFlush(created)))), false);
        } catch (DataIntegrityViolationException raced) {
            // the same external id arrived twice at once (two tabs): the other request's session wins. Looked up
            // once, not retried: a refusal that leaves no such session is no race and is thrown
            return resumed(
                    study,
                    tx.execute(status -> findExisting(study, arrival, null)).orElseThrow(() -> raced));
        }
    }

    // balanced on completed sessions (decision 0028); two arrivals at the same moment may get the same condition,
    // which the next arrivals even out
    private Long assignedCondition(long studyId, long seed) {
        List<Condition> offered = conditions.ofStudy(studyId);
        if (offered.isEmpty()) {
            return null;
        }
        Map<Long, Long> completed = new HashMap<>();
        Map<Long, Long> active = new HashMap<>();
        for (Object[] row : tx.execute(status -> sessions.countByCondition(studyId))) {
            Map<Long, Long> counts = SessionStatus.COMPLETED.name().equals(row[1])
                    ? completed
                    : SessionStatus.ACTIVE.name().equals(row[1]) ? active : null;
            if (counts != null && row[0] != null) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[2]).longValue());
            }
        }
        return ConditionBalance.choose(offered, completed, active, seed).id();
    }

    private StartOutcome resumed(PublicStudy study, ParticipantSession found) {
        if (!found.getStatus().equals(SessionStatus.ACTIVE.name())) {
            return new StartOutcome.Refused(Refusal.ALREADY_DONE);
        }
        if (!takesAnswers(study, found)) {
            return new StartOutcome.Refused(Refusal.CLOSED);
        }
        if (found.getAccessToken() == null) {
            // started before tokens existed (V0090) and arriving again through the platform's link
            return new StartOutcome.Ready(
                    retry.run(() -> tx.execute(status -> {
                        ParticipantSession s = sessions.findById(found.getId()).orElseThrow();
                        s.issueToken(SessionTokens.newToken());
                        return view(s);
                    })),
                    true);
        }
        return new StartOutcome.Ready(view(found), true);
    }

    private Optional<ParticipantSession> findExisting(PublicStudy study, Arrival arrival, String rememberedSession) {
        if (arrival.externalId() != null) {
            return sessions.findByStudyIdAndSourceAndExternalId(
                    study.id(), arrival.source().name(), arrival.externalId());
        }
        return Optional.ofNullable(rememberedSession)
                .flatMap(this::byToken)
                .filter(s -> s.getStudyId() == study.id() && s.getExternalId() == null);
    }

    /** The session this token opens; a brief outage (or a pool exhausted under load) is retried like a save. */
    public Optional<SessionState> session(String token) {
        return retry.run(() -> tx.execute(status -> byToken(token).map(this::view)));
    }

    /** Records that the participant gave consent (idempotent). */
    public SessionState consent(String token) {
        return update(token, s -> s.consent(clock.instant()));
    }

    /** Changes the session's language (the participant picked another). */
    public SessionState setLanguage(String token, String language) {
        return update(token, s -> s.setLanguage(language));
    }

    /**
     * Stores the end-of-study survey (JSON), replacing an earlier one; refused like an answer once the study's grace
     * period has ended ({@link StudyClosedException}).
     */
    public SessionState saveSurvey(String token, String surveyJson) {
        return update(token, s -> {
            requireTakesAnswers(token, s);
            s.setSurvey(surveyJson);
        });
    }

    /** Ends the session as completed or screened out; a second call changes nothing. */
    public SessionState finish(String token, SessionStatus finalStatus) {
        return update(token, s -> {
            if (s.getStatus().equals(SessionStatus.ACTIVE.name())) {
                end(s, finalStatus, clock.instant());
            }
        });
    }

    /** Ends these sessions as abandoned where they are still active (a kind gave their slots back). */
    public void abandon(java.util.Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return;
        }
        retry.run(() -> tx.execute(status -> {
            sessions.findAllById(sessionIds).stream()
                    .filter(s -> s.getStatus().equals(SessionStatus.ACTIVE.name()))
                    .forEach(s -> s.finish(SessionStatus.ABANDONED.name(), clock.instant()));
            return null;
        }));
    }

    /**
     * Stores an answer exactly once. A repeat of a stored position (double click, second tab, replayed request)
     * changes nothing and returns the stored choice; a position beyond the next one is refused as stale. A brief
     * database outage is retried for the retry budget ({@code moralbase.participation.retry-budget}, 15 s), then
     * {@link AnswerNotSavedException} is thrown.
     */
    public AnswerReceipt record(String token, Answer answer) {
        return record(token, answer, KindRows.NONE, () -> {});
    }

    /** {@link #record(String, Answer)}, calling {@code whileRetrying} before each retry through an outage. */
    public AnswerReceipt record(String token, Answer answer, Runnable whileRetrying) {
        return record(token, answer, KindRows.NONE, whileRetrying);
    }

    /**
     * {@link #record(String, Answer)} with the kind's own rows written in the same transaction ({@code rows}, which
     * may end the session), calling {@code whileRetrying} before each retry through an outage.
     */
    public AnswerReceipt record(String token, Answer answer, KindRows rows, Runnable whileRetrying) {
        return retry.run(
                () -> {
                    try {
                        return tx.execute(status -> store(token, answer, rows));
                    } catch (DataIntegrityViolationException raced) {
                        // another request stored this position first: report what it stored
                        return tx.execute(status -> repeatOf(token, answer.position()));
                    }
                },
                whileRetrying);
    }

    /**
     * Runs a feature's own read or follow-up write for a participant's answer, retried through a brief outage like
     * a save ({@code whileRetrying} before each retry), then {@link AnswerNotSavedException}.
     */
    public <T> T retrying(java.util.function.Supplier<T> action, Runnable whileRetrying) {
        return retry.run(action, whileRetrying);
    }

    private AnswerReceipt store(String token, Answer answer, KindRows rows) {
        ParticipantSession session =
                byToken(token).orElseThrow(() -> new IllegalArgumentException("No session with this token"));
        if (!session.getStatus().equals(SessionStatus.ACTIVE.name())) {
            if (answer.position() <= responses.countBySessionId(session.getId())) {
                return repeatOf(token, answer.position()); // the answer that ended the session, repeated
            }
            return new AnswerReceipt(AnswerReceipt.Status.SESSION_CLOSED, answer.position(), null, status(session));
        }
        long answered = responses.countBySessionId(session.getId());
        if (answer.position() <= answered) {
            return repeatOf(token, answer.position());
        }
        if (answer.position() != answered + 1) {
            return new AnswerReceipt(AnswerReceipt.Status.OUT_OF_ORDER, answer.position(), null, status(session));
        }
        requireTakesAnswers(token, session);
        Response saved = responses.saveAndFlush(new Response(
                session.getId(),
                answer.position(),
                answer.itemKey(),
                answer.shown(),
                answer.choice(),
                answer.shownAt(),
                clock.instant(),
                answer.responseTimeMs()));
        session.seen(saved.getAnsweredAt());
        rows.write(new StoredResponse(
                        session.getId(),
                        saved.getId(),
                        session.getStudyId(),
                        session.getPublicId(),
                        saved.getPosition(),
                        saved.getChoice(),
                        saved.getAnsweredAt(),
                        saved.getResponseTimeMs()))
                .ifPresent(end -> end(session, end, saved.getAnsweredAt()));
        events.publishEvent(new AnswerStored(
                session.getStudyId(),
                session.getPublicId(),
                SessionStates.answer(saved),
                Source.PREVIEW.name().equals(session.getSource()),
                session.getExcludedAt() != null));
        return new AnswerReceipt(AnswerReceipt.Status.STORED, answer.position(), answer.choice(), status(session));
    }

    /**
     * The closing rule, for every kind's answers in one place (decision 0034): a session stores answers while its
     * study is open, and after it closed until the grace period ends; previews always.
     */
    private void requireTakesAnswers(String token, ParticipantSession session) {
        if (!takesAnswers(studies.byId(session.getStudyId()).orElseThrow(), session)) {
            throw new StudyClosedException(token);
        }
    }

    private boolean takesAnswers(PublicStudy study, ParticipantSession session) {
        return Source.PREVIEW.name().equals(session.getSource()) || study.takesAnswers(clock.instant());
    }

    private static SessionStatus status(ParticipantSession session) {
        return SessionStatus.valueOf(session.getStatus());
    }

    private AnswerReceipt repeatOf(String token, int position) {
        ParticipantSession session = byToken(token).orElseThrow();
        return responses.findBySessionIdOrderByPosition(session.getId()).stream()
                .filter(r -> r.getPosition() == position)
                .findFirst()
                .map(r -> new AnswerReceipt(
                        AnswerReceipt.Status.ALREADY_STORED, position, r.getChoice(), status(session)))
                .orElse(new AnswerReceipt(AnswerReceipt.Status.OUT_OF_ORDER, position, null, status(session)));
    }

    /** The session's answers in the order shown. */
    public List<StoredAnswer> answers(String token) {
        return tx.execute(status -> byToken(token)
                .map(s -> responses.findBySessionIdOrderByPosition(s.getId()).stream()
                        .map(SessionStates::answer)
                        .toList())
                .orElse(List.of()));
    }

    private SessionState update(String token, java.util.function.Consumer<ParticipantSession> change) {
        return retry.run(() -> tx.execute(status -> {
            ParticipantSession session =
                    byToken(token).orElseThrow(() -> new IllegalArgumentException("No session with this token"));
            change.accept(session);
            return view(session);
        }));
    }

    /** Ends an active session, inside the caller's transaction, and says so to {@link SessionEnded} listeners. */
    private void end(ParticipantSession session, SessionStatus end, Instant at) {
        session.finish(end.name(), at);
        if (end == SessionStatus.COMPLETED || end == SessionStatus.SCREENED_OUT) {
            events.publishEvent(SessionStates.ended(
                    session,
                    end,
                    at,
                    end == SessionStatus.COMPLETED
                            ? () -> sessions.countByStudyIdAndStatus(session.getStudyId(), end.name())
                            : () -> -1));
        }
    }

    // never a lookup by null: imported sessions and those before V0090 have no token, and must stay unreachable
    private Optional<ParticipantSession> byToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : sessions.findByAccessToken(token);
    }

    SessionState view(ParticipantSession s) {
        Condition condition = s.getConditionId() == null
                ? null
                : conditions.byId(s.getConditionId()).orElse(null);
        return SessionStates.of(s, (int) responses.countBySessionId(s.getId()), condition);
    }
}
