package org.moralbase.dvb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.moralbase.base.Retries;
import org.moralbase.dvb.domain.DvbAssignment;
import org.moralbase.dvb.domain.DvbAssignmentRepository;
import org.moralbase.dvb.domain.StoredDvbItem;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.participation.Answer;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StoredResponse;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The DVB side of a participant's session. Trials are assigned at consent under quotas ({@link DvbAssigner});
 * the server decides what stands at a position and scores it, the page only says which option was chosen.
 * Answers go through {@link ParticipationService#record} (stored once); the outcome is kept beside them.
 */
@Service
public class DvbParticipation {

    // deadlocks, lock wait timeouts and a busy pool under a burst of arrivals: the transaction is safe to redo
    private static final Retries LOCK_RETRIES = Retries.transientDatabase(Duration.ofSeconds(10));

    // a burst of arrivals waits here rather than in the database, so waiting for the quota lock never holds
    // more than a few pooled connections and the rest of the app keeps working
    private final Semaphore assigning = new Semaphore(3, true);

    private final ParticipationService participation;
    private final PublicStudies studies;
    private final DvbAssigner assigner;
    private final StoredDvbItemRepository items;
    private final DvbAssignmentRepository assignments;
    private final TransactionTemplate tx;
    private final Clock clock;

    DvbParticipation(
            ParticipationService participation,
            PublicStudies studies,
            DvbAssigner assigner,
            StoredDvbItemRepository items,
            DvbAssignmentRepository assignments,
            TransactionTemplate tx,
            Clock clock) {
        this.participation = participation;
        this.studies = studies;
        this.assigner = assigner;
        this.items = items;
        this.assignments = assignments;
        this.tx = tx;
        this.clock = clock;
    }

    /** The session with its trials, if it exists and belongs to a DVB study. */
    public Optional<DvbSession> load(String token) {
        return participation.session(token).flatMap(session -> studies.byId(session.studyId())
                .filter(study -> DeepValueKind.ID.equals(study.kind()))
                .map(study -> tx.execute(status -> build(session, study))));
    }

    /** The participant does not agree: the session ends, screened out, before any trial was assigned to it. */
    public Optional<DvbSession> decline(String token) {
        participation.finish(token, SessionStatus.SCREENED_OUT);
        return load(token);
    }

    /** Records consent and assigns the trials (idempotent: a second call changes nothing). */
    public Optional<DvbSession> consent(String token) {
        participation.consent(token);
        assign(token);
        return load(token);
    }

    /**
     * Assigns the session's trials in one transaction that locks the study's quota cells; idle sessions found on
     * the way give their slots back and are closed as abandoned.
     */
    public void assign(String token) {
        SessionState session = participation.session(token).orElseThrow(() -> noSession(token));
        PublicStudy study = studies.byId(session.studyId()).orElseThrow();
        DvbSettings settings = DvbSettings.fromJson(study.settings());
        Set<Long> abandoned = LOCK_RETRIES.run(() -> oneOfFew(() -> tx.execute(
                status -> assigner.assign(study.id(), session.id(), study.randomSeed() ^ session.seed(), settings))));
        participation.abandon(abandoned);
    }

    /**
     * Records the option chosen at a position.
     *
     * @param shownLabel "A" or "B", as the participant saw them
     * @param shownAt when the trial appeared, for the response time
     */
    public DvbAnswerOutcome answer(String token, int position, String shownLabel, Instant shownAt) {
        return answer(token, position, shownLabel, shownAt, () -> {});
    }

    /**
     * {@link #answer(String, int, String, Instant)} through a brief database outage, calling {@code whileRetrying}
     * before each retry. The outcome is kept beside the answer in the same transaction, which also screens the
     * participant out (their slots given back) or completes the session when this answer ends it.
     */
    public DvbAnswerOutcome answer(
            String token, int position, String shownLabel, Instant shownAt, Runnable whileRetrying) {
        if (!"A".equals(shownLabel) && !"B".equals(shownLabel)) {
            throw new IllegalArgumentException("choice must be A or B");
        }
        DvbSession dvb =
                participation.retrying(() -> load(token), whileRetrying).orElseThrow(() -> noSession(token));
        if (dvb.session().status() != SessionStatus.ACTIVE
                && position > dvb.session().answered()) {
            return new DvbAnswerOutcome(
                    new AnswerReceipt(
                            AnswerReceipt.Status.SESSION_CLOSED,
                            position,
                            null,
                            dvb.session().status()),
                    DvbAnswerOutcome.Next.CLOSED);
        }
        long sessionId = dvb.session().id();
        Scored scored = participation.retrying(
                () -> tx.execute(status -> score(sessionId, position, shownLabel)), whileRetrying);
        Long time = shownAt == null
                ? null
                : Math.max(0, Duration.between(shownAt, clock.instant()).toMillis());
        AnswerReceipt receipt = participation.record(
                token,
                new Answer(position, "dvb-" + scored.itemId(), scored.shownJson(), shownLabel, shownAt, time),
                stored -> keep(stored, dvb, scored, shownLabel, time),
                whileRetrying);
        DvbAnswerOutcome.Next next = receipt.status() == AnswerReceipt.Status.SESSION_CLOSED
                ? DvbAnswerOutcome.Next.CLOSED
                : switch (receipt.session()) {
                    case SCREENED_OUT -> DvbAnswerOutcome.Next.SCREENED_OUT;
                    case COMPLETED -> DvbAnswerOutcome.Next.DONE;
                    case ACTIVE -> DvbAnswerOutcome.Next.TRIAL;
                    default -> DvbAnswerOutcome.Next.CLOSED;
                };
        return new DvbAnswerOutcome(receipt, next);
    }

    private record Scored(long itemId, String shownJson, Boolean generalized, Boolean passed) {}

    private Scored score(long sessionId, int position, String shownLabel) {
        DvbAssignment a = at(sessionId, position);
        StoredDvbItem item = items.findById(a.getItemId()).orElseThrow();
        StoredExamples examples = StoredExamples.fromJson(item.getExamples());
        boolean check = DvbAssigner.CHECK.equals(a.getKind());
        Boolean generalized = null;
        Boolean passed = null;
        String deepShownAs = null;
        if (check) {
            passed = shownLabel.equals(
                    examples.training().getFirst().shown(a.isSwapped()).chosen());
        } else {
            deepShownAs = a.isSwapped() ? other(item.getExpectedChoice()) : item.getExpectedChoice();
            generalized = shownLabel.equals(deepShownAs);
        }
        String json = "{\"item\":" + item.getId() + ",\"key\":" + quote(item.getItemKey()) + ",\"kind\":\""
                + a.getKind().toLowerCase(java.util.Locale.ROOT) + "\",\"order\":\"" + (a.isSwapped() ? "BA" : "AB")
                + "\"" + (deepShownAs == null ? "" : ",\"deepValueShownAs\":\"" + deepShownAs + "\"")
                + (generalized == null ? "" : ",\"generalized\":" + generalized)
                + (passed == null ? "" : ",\"checkPassed\":" + passed) + "}";
        return new Scored(item.getId(), json, generalized, passed);
    }

    /**
     * Keeps the outcome beside the answer, in its transaction: the screen-out (every slot given back, the answers
     * excluded) after too many failed attention checks, or the session's completion after its last trial.
     */
    private Optional<SessionStatus> keep(StoredResponse stored, DvbSession dvb, Scored s, String label, Long time) {
        List<DvbAssignment> mine = assignments.findBySessionIdOrderByPosition(stored.sessionId());
        DvbAssignment answered = mine.stream()
                .filter(a -> a.getPosition() == stored.position())
                .findFirst()
                .orElseThrow();
        mine.forEach(a -> a.touch(stored.answeredAt()));
        answered.answer(stored.responseId(), label, s.generalized(), s.passed(), stored.answeredAt(), time);
        long failed = mine.stream()
                .filter(a -> Boolean.FALSE.equals(a.getCheckPassed()))
                .count();
        if (Boolean.FALSE.equals(s.passed()) && failed >= dvb.settings().maxAttentionFailures()) {
            assigner.release(stored.sessionId(), assigner.lock(stored.studyId()), true);
            mine.forEach(DvbAssignment::exclude);
            return Optional.of(SessionStatus.SCREENED_OUT);
        }
        return stored.position() >= mine.size() ? Optional.of(SessionStatus.COMPLETED) : Optional.empty();
    }

    private DvbAssignment at(long sessionId, int position) {
        return assignments.findBySessionIdOrderByPosition(sessionId).stream()
                .filter(a -> a.getPosition() == position)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No trial at position " + position));
    }

    private DvbSession build(SessionState session, PublicStudy study) {
        DvbSettings settings = DvbSettings.fromJson(study.settings());
        List<DvbAssignment> mine = assignments.findBySessionIdOrderByPosition(session.id());
        List<StoredDvbItem> all = items.findByStudyIdOrderById(study.id());
        Map<Long, StoredDvbItem> byId =
                all.stream().collect(Collectors.toMap(StoredDvbItem::getId, Function.identity()));
        List<DvbTrialPage> pages =
                mine.stream().map(a -> page(a, byId.get(a.getItemId()))).toList();
        DvbTrialPage example = all.stream()
                .filter(i -> i.getExamples() != null)
                .findFirst()
                .map(DvbParticipation::example)
                .orElse(null);
        int failed = (int) mine.stream()
                .filter(a -> Boolean.FALSE.equals(a.getCheckPassed()))
                .count();
        return new DvbSession(session, study, settings, pages, example, failed);
    }

    private static DvbTrialPage page(DvbAssignment a, StoredDvbItem item) {
        StoredExamples ex = StoredExamples.fromJson(item.getExamples());
        boolean check = DvbAssigner.CHECK.equals(a.getKind());
        StoredExamples.Pair test = check
                ? ex.training().getFirst().shown(a.isSwapped())
                : ex.test().shown(a.isSwapped());
        return new DvbTrialPage(
                a.getPosition(),
                check,
                item.getContextName(),
                item.getContextActivity(),
                ex.training(),
                new StoredExamples.Pair(test.a(), test.b(), null));
    }

    /** The worked example: up to four earlier choices, then a repeat of the first one in the other order. */
    private static DvbTrialPage example(StoredDvbItem item) {
        StoredExamples ex = StoredExamples.fromJson(item.getExamples());
        List<StoredExamples.Pair> shown =
                ex.training().subList(0, Math.min(4, ex.training().size()));
        return new DvbTrialPage(
                0,
                true,
                item.getContextName(),
                item.getContextActivity(),
                shown,
                shown.getFirst().swapped());
    }

    private static String other(String label) {
        return "A".equals(label) ? "B" : "A";
    }

    private static String quote(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
    }

    private static IllegalArgumentException noSession(String token) {
        return new IllegalArgumentException("No session with this token");
    }

    /** Runs one attempt holding a permit; the pause between attempts holds none, so others go on meanwhile. */
    private <T> T oneOfFew(Supplier<T> attempt) {
        try {
            assigning.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to assign trials", e);
        }
        try {
            return attempt.get();
        } finally {
            assigning.release();
        }
    }
}
