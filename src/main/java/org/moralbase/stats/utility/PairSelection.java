package org.moralbase.stats.utility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Which pairs to ask (Mazeika et al. 2025, appendix on active learning): a random 2-regular graph to start (a random
 * cycle through every outcome), about 2·N·log2 N pairs in all; for a crowd, the pairs the pooled fit is least sure
 * about ({@link #leastSure}, Moralbase's rule for people).
 */
public final class PairSelection {

    /** Beyond this many possible pairs, {@link #leastSure} scores a seeded sample of this many. */
    static final int MAX_CANDIDATES = 200_000;

    private PairSelection() {}

    /** About 2·N·log2 N (their edge multiplier 2), rounded, and never more than all N(N − 1)/2 pairs. */
    public static int targetEdges(int outcomes) {
        if (outcomes < 2) {
            return 0;
        }
        long all = (long) outcomes * (outcomes - 1) / 2;
        return (int) Math.min(all, Math.round(2.0 * outcomes * Math.log(outcomes) / Math.log(2)));
    }

    /** A random 2-regular graph: a random cycle through every outcome (2 outcomes: their one pair). */
    public static List<Pair> initialGraph(int outcomes, Random random) {
        if (outcomes < 2) {
            throw new IllegalArgumentException("outcomes: at least 2, got " + outcomes);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < outcomes; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Set<Pair> pairs = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < outcomes; i++) {
            Pair p = Pair.of(order.get(i), order.get((i + 1) % outcomes));
            if (pairs.add(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The pairs a crowd should be asked next: every pair scored by how unsure the pooled fit is and how often it was
     * asked, score = (|P − ½| + 0.05) · (1 + votes so far), lowest first, ties at random. With no fit yet P is ½ for
     * every pair, so the least-asked pairs come first, at random.
     *
     * @param fitOrNull the pooled fit, or null before any vote
     * @param votesSoFar how often each pair was asked (or planned) already
     */
    public static List<Pair> leastSure(
            Utilities fitOrNull, int outcomes, Map<Pair, Integer> votesSoFar, int count, Random random) {
        if (outcomes < 2 || count <= 0) {
            return List.of();
        }
        long all = (long) outcomes * (outcomes - 1) / 2;
        List<Pair> candidates = new ArrayList<>();
        if (all <= MAX_CANDIDATES) {
            for (int a = 0; a < outcomes; a++) {
                for (int b = a + 1; b < outcomes; b++) {
                    candidates.add(new Pair(a, b));
                }
            }
        } else {
            Set<Pair> seen = new HashSet<>();
            while (seen.size() < MAX_CANDIDATES) {
                int a = random.nextInt(outcomes);
                int b = random.nextInt(outcomes);
                if (a != b) {
                    seen.add(Pair.of(a, b));
                }
            }
            candidates.addAll(seen);
            candidates.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
        }
        Collections.shuffle(candidates, random);
        Map<Pair, Double> score = new HashMap<>();
        for (Pair p : candidates) {
            double sure = fitOrNull == null ? 0 : Math.abs(fitOrNull.probability(p.a(), p.b()) - 0.5);
            score.put(p, (sure + 0.05) * (1 + votesSoFar.getOrDefault(p, 0)));
        }
        candidates.sort(Comparator.comparingDouble(score::get)); // stable: ties keep the shuffled order
        return List.copyOf(candidates.subList(0, (int) Math.min(count, candidates.size())));
    }
}
