package org.moralbase.utility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.stats.utility.ThurstonianFit;
import org.moralbase.stats.utility.Utilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The crowd's pooled fit of a study, kept on this node between new participants. A participant never waits for a
 * fit: the last one is used (none before the first), and when votes were added and it is older than
 * {@link #REFIT_AFTER} one refit per study runs in the background (a virtual thread), so a burst of arrivals costs one
 * fit and a large study's slow fit delays nobody.
 */
@Component
class CrowdFit {

    static final Duration REFIT_AFTER = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(CrowdFit.class);

    private record Cached(long votes, Instant at, Utilities fit) {}

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> running = new ConcurrentHashMap<>();
    private final Clock clock;

    CrowdFit(Clock clock) {
        this.clock = clock;
    }

    /**
     * The latest pooled fit for a study with {@code votes} votes so far, or null when there is none yet; starts a refit
     * when this one is stale.
     *
     * @param pairs read by the refit, off the caller's thread
     */
    Utilities current(long studyId, int outcomes, long votes, Supplier<List<PairVotes>> pairs) {
        Cached c = cache.get(studyId);
        boolean stale = votes > 0
                && (c == null
                        || (c.votes() != votes
                                && Duration.between(c.at(), clock.instant()).compareTo(REFIT_AFTER) >= 0));
        if (stale && running.putIfAbsent(studyId, Boolean.TRUE) == null) {
            Thread.ofVirtual().name("crowd-fit-" + studyId).start(() -> refit(studyId, outcomes, votes, pairs));
        }
        return c == null || c.fit() == null || c.fit().outcomes() != outcomes ? null : c.fit();
    }

    private void refit(long studyId, int outcomes, long votes, Supplier<List<PairVotes>> pairs) {
        try {
            List<PairVotes> all = pairs.get();
            Utilities fit = all.isEmpty() ? null : ThurstonianFit.withDefaults().fit(outcomes, all);
            cache.put(studyId, new Cached(votes, clock.instant(), fit));
        } catch (RuntimeException e) {
            log.warn("The crowd fit of study {} failed; new participants get the least-asked pairs", studyId, e);
            cache.put(studyId, new Cached(votes, clock.instant(), null));
        } finally {
            running.remove(studyId);
        }
    }
}
