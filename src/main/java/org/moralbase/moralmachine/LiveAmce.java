package org.moralbase.moralmachine;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.moralbase.base.Roles;
import org.moralbase.participation.AnswerStored;
import org.moralbase.participation.MonitorChanges;
import org.moralbase.participation.SessionExclusionChanged;
import org.moralbase.participation.StudyResponses;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live AMCEs of Moral Machine studies without rescanning responses: one accumulator per study, built from the
 * stored answers on first use, then fed by {@link AnswerStored} events as answers are committed (docs/architecture.md,
 * "From a participant's click to an analysis"). Subscribers are told of changes at most twice a second.
 */
@Service
public class LiveAmce {

    /** Least time between two notifications of one subscriber. */
    static final long MIN_INTERVAL_MS = 500;

    private static final Logger log = LoggerFactory.getLogger(LiveAmce.class);

    /**
     * How far back a catch-up reads before the previous one began: answers are stamped by their node's clock before
     * their commit, so a late commit or a node's clock a little behind is still read (twice is harmless: an
     * accumulator skips what it has by position).
     */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private final StudyResponses responses;
    private final StudyService studies;
    private final Clock clock;
    private final Duration catchUp;
    private final Map<Long, LiveStudyAmce> states = new ConcurrentHashMap<>();
    private final Map<Long, List<Subscription>> subscribers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-amce");
        t.setDaemon(true);
        return t;
    });

    LiveAmce(
            StudyResponses responses,
            StudyService studies,
            Clock clock,
            @Value("${moralbase.live.catch-up:5s}") Duration catchUp) {
        this.responses = responses;
        this.studies = studies;
        this.clock = clock;
        this.catchUp = catchUp;
        long every = Math.max(100, catchUp.toMillis());
        timer.scheduleWithFixedDelay(this::catchUpWatched, every, every, TimeUnit.MILLISECONDS);
    }

    /** The study's AMCEs now; the first call per study reads its stored answers once. */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    public LiveSnapshot snapshot(long studyId) {
        if (studies.find(studyId).isEmpty()) {
            throw new StudyNotFoundException(studyId);
        }
        return current(studyId).snapshot();
    }

    /**
     * The study's nine AMCEs (participants so far, NaN where not estimable), for the closing page of a participant
     * in that study. Aggregates only: no other participant's own answers leave this service.
     */
    public double[] forParticipant(long studyId) {
        return current(studyId).snapshot().amces().vector();
    }

    /**
     * The study's AMCEs from the sessions assigned one condition (its code; decision 0028), scanned afresh on each
     * call (not kept live): the people of a condition, for results split by condition.
     */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    public LiveSnapshot snapshotOfCondition(long studyId, String condition) {
        return byCondition(studyId, condition::equals).getOrDefault(condition, new LiveStudyAmce().scanned());
    }

    /**
     * The study's AMCEs of each condition (by code, in the order first met), from one scan of its answers, for the
     * AMCEs of every condition side by side; sessions without a condition are left out.
     */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    public Map<String, LiveSnapshot> snapshotsByCondition(long studyId) {
        return byCondition(studyId, code -> true);
    }

    private Map<String, LiveSnapshot> byCondition(long studyId, java.util.function.Predicate<String> wanted) {
        if (studies.find(studyId).isEmpty()) {
            throw new StudyNotFoundException(studyId);
        }
        Map<String, LiveStudyAmce> byCode = new java.util.LinkedHashMap<>();
        try {
            responses.forEachAnswer(studyId, a -> {
                String code = a.session().conditionCode();
                if (code != null && wanted.test(code)) {
                    byCode.computeIfAbsent(code, c -> new LiveStudyAmce())
                            .addScanned(a.session().participantId(), a.answer());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, LiveSnapshot> out = new java.util.LinkedHashMap<>();
        byCode.forEach((code, state) -> out.put(code, state.scanned()));
        return out;
    }

    private LiveStudyAmce built(long studyId) {
        LiveStudyAmce state = states.computeIfAbsent(studyId, id -> new LiveStudyAmce());
        synchronized (state.scanLock) {
            // a second viewer waits for the first one's scan; arrivals meanwhile wait in the state's queue
            if (states.get(studyId) != state) {
                return built(studyId); // that scan failed and was dropped
            }
            if (!state.ready()) {
                scan(studyId, state);
            }
        }
        return state;
    }

    /**
     * The study's accumulator, caught up with answers stored through other app nodes if the last catch-up is older
     * than {@code moralbase.live.catch-up} (5 s): in a cluster a node hears only its own answers' events (decision
     * 0041).
     */
    private LiveStudyAmce current(long studyId) {
        LiveStudyAmce state = built(studyId);
        Instant last = state.caughtUp;
        if (last == null || !clock.instant().isBefore(last.plus(catchUp))) {
            catchUp(studyId, state);
            LiveStudyAmce now = states.get(studyId);
            if (now != state) {
                return built(studyId); // an exclusion through another node: scanned afresh
            }
        }
        return state;
    }

    /**
     * Reads the answers of the sessions seen (through any node) since the last catch-up, less {@link #MARGIN}, into the
     * accumulator, which skips those it has; an exclusion made meanwhile drops the accumulator instead (the next
     * viewer scans afresh). True if anything changed.
     */
    private boolean catchUp(long studyId, LiveStudyAmce state) {
        synchronized (state.catchUpLock) {
            Instant now = clock.instant();
            Instant last = state.caughtUp;
            if (last != null && now.isBefore(last.plus(catchUp))) {
                return false; // another thread just did
            }
            String exclusions = exclusionsOf(studyId);
            if (!exclusions.equals(state.exclusions)) {
                states.remove(studyId, state);
                return true;
            }
            boolean[] added = {false};
            try {
                responses.forEachAnswerOfSessionsSeenSince(studyId, last.minus(MARGIN), a -> {
                    if (state.addArrived(a.session().participantId(), a.answer())) {
                        added[0] = true;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            state.caughtUp = now;
            return added[0];
        }
    }

    /** Every few seconds, the studies someone watches: caught up, and their subscribers told if anything came. */
    private void catchUpWatched() {
        for (Long studyId : List.copyOf(subscribers.keySet())) {
            LiveStudyAmce state = states.get(studyId);
            if (state == null || !state.ready()) {
                continue;
            }
            try {
                if (catchUp(studyId, state)) {
                    subscribers.getOrDefault(studyId, List.of()).forEach(Subscription::changed);
                }
            } catch (RuntimeException e) {
                log.warn("Live AMCEs of study {} could not catch up with other nodes now: {}", studyId, e.toString());
            }
        }
    }

    /** What changes with an exclusion, an inclusion or an erasure through any node (decisions 0041, 0033). */
    private String exclusionsOf(long studyId) {
        MonitorChanges changes = responses.changesForAggregates(studyId);
        return changes.excluded() + "@" + changes.lastExcluded() + "/" + responses.erasures(studyId);
    }

    private void scan(long studyId, LiveStudyAmce state) {
        state.caughtUp = clock.instant();
        state.exclusions = exclusionsOf(studyId);
        try {
            // the callers checked access (snapshot) or ask only for aggregates (forParticipant)
            responses.forEachAnswerForAggregates(
                    studyId, a -> state.addScanned(a.session().participantId(), a.answer()));
            state.scanDone();
        } catch (IOException | RuntimeException e) {
            states.remove(studyId, state); // the next viewer tries again from scratch
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Feeds a committed answer to its study's accumulator, if one was built, and tells the subscribers. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onAnswerStored(AnswerStored event) {
        LiveStudyAmce state = states.get(event.studyId());
        if (state == null || !event.counts()) {
            return; // a preview, an excluded session, or nobody has looked yet (the first snapshot will scan)
        }
        state.addArrived(event.participantId(), event.answer());
        subscribers.getOrDefault(event.studyId(), List.of()).forEach(Subscription::changed);
    }

    /** A session was excluded or included again: the next snapshot scans afresh. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onExclusionChanged(SessionExclusionChanged event) {
        states.remove(event.studyId());
        subscribers.getOrDefault(event.studyId(), List.of()).forEach(Subscription::changed);
    }

    /**
     * Calls {@code onChange} (on a background thread, at most every {@value #MIN_INTERVAL_MS} ms) after answers
     * arrive in the study. Close the returned handle to stop.
     */
    public AutoCloseable subscribe(long studyId, Runnable onChange) {
        Subscription s = new Subscription(onChange);
        subscribers.compute(studyId, (id, list) -> {
            List<Subscription> out = list == null ? new CopyOnWriteArrayList<>() : list;
            out.add(s);
            return out;
        });
        // the last one out removes the study's list
        return () -> subscribers.computeIfPresent(studyId, (id, list) -> {
            list.remove(s);
            return list.isEmpty() ? null : list;
        });
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** One subscriber with its throttle: a change while a call is due adds nothing. */
    private final class Subscription {
        private final Runnable onChange;
        private boolean due;
        private long lastRun;

        Subscription(Runnable onChange) {
            this.onChange = onChange;
        }

        synchronized void changed() {
            if (due) {
                return;
            }
            due = true;
            long wait = Math.max(0, lastRun + MIN_INTERVAL_MS - System.currentTimeMillis());
            timer.schedule(this::run, wait, TimeUnit.MILLISECONDS);
        }

        private void run() {
            synchronized (this) {
                due = false;
                lastRun = System.currentTimeMillis();
            }
            try {
                onChange.run();
            } catch (RuntimeException e) {
                log.warn("A live results subscriber failed", e);
            }
        }
    }
}
