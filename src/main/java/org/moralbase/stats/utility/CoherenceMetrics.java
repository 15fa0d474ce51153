package org.moralbase.stats.utility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The coherence of a set of pairwise preferences ({@link Coherence}): a fit on 95% of the pairs tested on the other
 * 5% (seeded), the votes' confidence, and the probability of preference cycles among the asked triads (up to
 * {@link #MAX_TRIADS}, sampled with the seed when there are more).
 */
public final class CoherenceMetrics {

    /** At most this many pairs are held out. */
    public static final int MAX_HELD_OUT = 1000;

    /** At most this many triads are averaged. */
    public static final int MAX_TRIADS = 20_000;

    private static final double CLIP = 1e-5;

    private CoherenceMetrics() {}

    /** The metrics of votes on pairs of {@code outcomes} outcomes; needs at least 2 pairs. */
    public static Coherence of(int outcomes, List<PairVotes> pairs, long seed) {
        ThurstonianFit.check(outcomes, pairs);
        if (pairs.size() < 2) {
            throw new IllegalArgumentException("pairs: at least 2 are needed to hold one out");
        }
        Random random = new Random(seed);
        List<PairVotes> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, random);
        int held = Math.min(MAX_HELD_OUT, Math.max(1, (int) Math.round(0.05 * pairs.size())));
        List<PairVotes> test = shuffled.subList(0, held);
        Utilities fit = ThurstonianFit.withDefaults().fit(outcomes, shuffled.subList(held, shuffled.size()));
        int right = 0;
        double loss = 0;
        for (PairVotes v : test) {
            double q = Math.min(1 - CLIP, Math.max(CLIP, fit.probability(v.a(), v.b())));
            double p = v.probabilityA();
            if ((q >= 0.5) == (p >= 0.5)) {
                right++;
            }
            loss -= p * Math.log(q) + (1 - p) * Math.log(1 - q);
        }
        double confidence = 0;
        for (PairVotes v : pairs) {
            confidence += Math.max(v.probabilityA(), 1 - v.probabilityA());
        }
        double[] cycles = cycles(pairs, random);
        return new Coherence(
                (double) right / held,
                loss / held,
                held,
                confidence / pairs.size(),
                cycles[1] == 0 ? Double.NaN : Math.log10(cycles[0] / cycles[1]),
                (int) cycles[1]);
    }

    /**
     * The summed probability of a cycle over the closed triads and their number: for outcomes i < j < k with all three
     * pairs asked, P(cycle) = P(i≻j)P(j≻k)P(k≻i) + P(j≻i)P(k≻j)P(i≻k) from the votes.
     */
    static double[] cycles(List<PairVotes> pairs, Random random) {
        Map<Long, Double> p = new HashMap<>(); // key i*2^32+j (i<j) -> P(i ≻ j)
        Map<Integer, List<Integer>> higher = new HashMap<>(); // i -> neighbours j > i
        for (PairVotes v : pairs) {
            Pair pair = Pair.of(v.a(), v.b());
            double pa = v.a() == pair.a() ? v.probabilityA() : 1 - v.probabilityA();
            if (p.put(key(pair.a(), pair.b()), pa) == null) {
                higher.computeIfAbsent(pair.a(), x -> new ArrayList<>()).add(pair.b());
            }
        }
        List<int[]> triads = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : higher.entrySet()) {
            int i = e.getKey();
            List<Integer> ns = e.getValue();
            for (int x = 0; x < ns.size(); x++) {
                for (int y = 0; y < ns.size(); y++) {
                    int j = ns.get(x);
                    int k = ns.get(y);
                    if (j < k && p.containsKey(key(j, k))) {
                        triads.add(new int[] {i, j, k});
                    }
                }
            }
        }
        triads.sort((t, u) -> t[0] != u[0]
                ? Integer.compare(t[0], u[0])
                : t[1] != u[1] ? Integer.compare(t[1], u[1]) : Integer.compare(t[2], u[2]));
        if (triads.size() > MAX_TRIADS) {
            Collections.shuffle(triads, random);
            triads = triads.subList(0, MAX_TRIADS);
        }
        double sum = 0;
        for (int[] t : triads) {
            double ij = p.get(key(t[0], t[1]));
            double jk = p.get(key(t[1], t[2]));
            double ik = p.get(key(t[0], t[2]));
            sum += ij * jk * (1 - ik) + (1 - ij) * (1 - jk) * ik;
        }
        return new double[] {sum, triads.size()};
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | j;
    }
}
