package org.moralbase.utility;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.moralbase.stats.proportion.ConfidenceInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bootstrap intervals of the utilities page that take too long to compute while a page waits (decision 0025): a
 * study with more outcomes than {@code moralbase.utility.inline-interval-outcomes} (200) gets them from one background
 * thread, each once per data version, and the page shows "computing…" until they arrive (its poll sees {@link
 * #finished} change). Only the pure computation runs there: no database, no account.
 */
@Component
class UtilityIntervals {

    private static final Logger LOG = LoggerFactory.getLogger(UtilityIntervals.class);

    /** Which interval: a model's on a study within a condition ("" for everyone), at one version of the data. */
    record Key(long studyId, String condition, long version, String model) {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "utility-intervals");
        t.setDaemon(true);
        return t;
    });
    private final Map<Key, ConfidenceInterval> done = new ConcurrentHashMap<>();
    private final Map<Key, Boolean> pending = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> finished = new ConcurrentHashMap<>();
    private volatile int inlineOutcomes;

    UtilityIntervals(@Value("${moralbase.utility.inline-interval-outcomes:200}") int inlineOutcomes) {
        this.inlineOutcomes = inlineOutcomes;
    }

    /** Whether a study of this many outcomes gets its intervals while the page waits. */
    boolean inline(int outcomes) {
        return outcomes <= inlineOutcomes;
    }

    /** For tests: the largest study computed inline. */
    void setInlineOutcomes(int outcomes) {
        this.inlineOutcomes = outcomes;
    }

    /** Starts computing an interval unless it is done or under way; older versions of the same view are dropped. */
    void submit(Key key, Supplier<ConfidenceInterval> interval) {
        done.keySet().removeIf(k -> sameView(k, key) && k.version() != key.version());
        if (done.containsKey(key) || pending.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        worker.execute(() -> {
            try {
                done.put(key, interval.get());
                finished.computeIfAbsent(key.studyId(), s -> new AtomicLong()).incrementAndGet();
            } catch (RuntimeException e) {
                LOG.warn("Bootstrap interval of {} on study {} failed", key.model(), key.studyId(), e);
            } finally {
                pending.remove(key);
            }
        });
    }

    /** The interval, or null while it is computed (or was never asked for). */
    ConfidenceInterval get(Key key) {
        return done.get(key);
    }

    /** Whether the interval is being computed. */
    boolean isPending(Key key) {
        return pending.containsKey(key);
    }

    /** How many intervals of the study were finished since start (pages poll it). */
    long finished(long studyId) {
        AtomicLong n = finished.get(studyId);
        return n == null ? 0 : n.get();
    }

    private static boolean sameView(Key a, Key b) {
        return a.studyId() == b.studyId()
                && a.condition().equals(b.condition())
                && a.model().equals(b.model());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
