package org.moralbase.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which condition a new session gets (decision 0028): the one with the fewest completed sessions; among those, the
 * fewest sessions still in progress (so a burst of arrivals spreads before anyone completes); among those, one drawn
 * with the session's seed, so the assignment can be replayed. Screened-out and abandoned sessions do not count: their
 * places are given again, as a researcher balancing on usable data expects.
 */
public final class ConditionBalance {

    private ConditionBalance() {}

    /**
     * The condition for a new session.
     *
     * @param conditions the study's conditions, at least one
     * @param completed completed sessions by condition id (missing: none)
     * @param active sessions in progress by condition id (missing: none)
     * @param seed the new session's seed
     */
    public static Condition choose(
            List<Condition> conditions, Map<Long, Long> completed, Map<Long, Long> active, long seed) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("choose among at least one condition");
        }
        List<Condition> fewest = fewest(conditions, completed);
        fewest = fewest(fewest, active);
        return fewest.get(new SplittableRandom(seed).nextInt(fewest.size()));
    }

    private static List<Condition> fewest(List<Condition> among, Map<Long, Long> counts) {
        long least = among.stream()
                .mapToLong(c -> counts.getOrDefault(c.id(), 0L))
                .min()
                .orElseThrow();
        List<Condition> out = new ArrayList<>();
        for (Condition c : among) {
            if (counts.getOrDefault(c.id(), 0L) == least) {
                out.add(c);
            }
        }
        return out;
    }
}
