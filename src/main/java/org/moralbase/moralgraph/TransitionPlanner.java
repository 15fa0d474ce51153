package org.moralbase.moralgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Which transitions a participant votes on: among the study's cards other than the participant's own, the ordered
 * pairs and contexts planned least often so far, ties broken by a shuffle from the study's and the session's seeds (so
 * a replay plans the same), no two on the same pair of cards. A study with many cards is sampled ({@link
 * #CANDIDATES} random ordered pairs) rather than enumerated.
 */
public final class TransitionPlanner {

    /** The most candidate pairs looked at. */
    static final int CANDIDATES = 4000;

    private TransitionPlanner() {}

    /** One planned transition: from one card to another (row ids), in a context. */
    public record Planned(long fromCardId, long toCardId, String context) {}

    /**
     * Plans up to {@code count} transitions.
     *
     * @param cardIds the cards to choose among (the participant's own left out), in a stable order
     * @param contexts the study's contexts, at least one
     * @param planned how often each transition was planned so far (missing: never)
     */
    public static List<Planned> plan(
            List<Long> cardIds,
            List<String> contexts,
            int count,
            long studySeed,
            long sessionSeed,
            Map<Planned, Integer> planned) {
        if (contexts.isEmpty()) {
            throw new IllegalArgumentException("contexts: at least one is needed to plan transitions");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be non-negative, was " + count);
        }
        Random random = new Random(studySeed * 31 + sessionSeed);
        int n = cardIds.size();
        List<Planned> candidates = new ArrayList<>();
        if ((long) n * (n - 1) * contexts.size() <= CANDIDATES) {
            for (long from : cardIds) {
                for (long to : cardIds) {
                    for (String c : contexts) {
                        if (from != to) {
                            candidates.add(new Planned(from, to, c));
                        }
                    }
                }
            }
        } else {
            for (int i = 0; i < CANDIDATES; i++) {
                long from = cardIds.get(random.nextInt(n));
                long to = cardIds.get(random.nextInt(n));
                if (from != to) {
                    candidates.add(new Planned(from, to, contexts.get(random.nextInt(contexts.size()))));
                }
            }
        }
        Collections.shuffle(candidates, random);
        candidates.sort(Comparator.comparingInt(p -> planned.getOrDefault(p, 0))); // stable: the shuffle breaks ties
        List<Planned> out = new ArrayList<>();
        Set<Set<Long>> pairs = new HashSet<>();
        for (Planned p : candidates) {
            if (out.size() == count) {
                break;
            }
            if (pairs.add(Set.of(p.fromCardId(), p.toCardId()))) {
                out.add(p);
            }
        }
        return out;
    }
}
