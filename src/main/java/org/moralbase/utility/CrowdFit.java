package org.moralbase.utility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.stats.utility.ThurstonianFit;
import org.moralbase.stats.utility.Utilities;
import org.springframework.stereotype.Component;

/**
 * The crowd's pooled fit of a study, kept between new participants (this node's memory): refitted when votes were
 * added and the last fit is older than {@link #REFIT_AFTER}, so a burst of arrivals costs one fit, not one each.
 */
@Component
class CrowdFit {

    static final Duration REFIT_AFTER = Duration.ofSeconds(30);

    private record Cached(long votes, Instant at, Utilities fit) {}

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock;

    CrowdFit(Clock clock) {
        this.clock = clock;
    }

    /**
     * The pooled fit for a study with {@code votes} votes so far, or null when there is nothing to fit yet.
     *
     * @param pairs read only when a new fit is needed
     */
    Utilities current(long studyId, int outcomes, long votes, java.util.function.Supplier<List<PairVotes>> pairs) {
        if (votes == 0) {
            return null;
        }
        Cached c = cache.get(studyId);
        Instant now = clock.instant();
        if (c != null && (c.votes() == votes || Duration.between(c.at(), now).compareTo(REFIT_AFTER) < 0)) {
            return c.fit();
        }
        List<PairVotes> all = pairs.get();
        if (all.isEmpty()) {
            return null;
        }
        Utilities fit = ThurstonianFit.withDefaults().fit(outcomes, all);
        cache.put(studyId, new Cached(votes, now, fit));
        return fit;
    }
}
