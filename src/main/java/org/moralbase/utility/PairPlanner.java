package org.moralbase.utility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.moralbase.stats.utility.Pair;
import org.moralbase.stats.utility.PairSelection;
import org.moralbase.stats.utility.Utilities;

/**
 * Which pairs a new participant answers (docs/methods.md, "Utilities from pairwise preferences"): the study's anchor pairs (the same for everyone, drawn from the
 * study's seed) and, for the rest, the pairs the crowd's pooled fit is least sure about, counting the pairs already
 * planned for others so that participants arriving together spread over the graph; all in a random order, each on
 * random sides, from the session's seed. Plain logic over outcome indexes (their order in the study).
 */
final class PairPlanner {

    /** A planned pair: {@code first} is shown as option A. */
    record Planned(int first, int second, boolean anchor) {}

    private PairPlanner() {}

    /** The study's anchor pairs: distinct pairs drawn from the study's seed. */
    static List<Pair> anchors(int outcomes, int count, long studySeed) {
        Random random = new Random(studySeed);
        long possible = (long) outcomes * (outcomes - 1) / 2;
        Set<Pair> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, possible)) {
            int a = random.nextInt(outcomes);
            int b = random.nextInt(outcomes);
            if (a != b) {
                chosen.add(Pair.of(a, b));
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * The pairs of one session.
     *
     * @param fit the crowd's pooled fit, or null before any vote
     * @param planned how often each pair was planned for earlier sessions
     */
    static List<Planned> plan(
            int outcomes,
            UtilitySettings settings,
            long studySeed,
            long sessionSeed,
            Utilities fit,
            Map<Pair, Integer> planned) {
        List<Pair> anchors = anchors(outcomes, settings.anchors(), studySeed);
        long possible = (long) outcomes * (outcomes - 1) / 2;
        int wanted = (int) Math.min(settings.pairsPerParticipant(), possible);
        Random random = new Random(studySeed ^ sessionSeed);
        Map<Pair, Integer> counts = new HashMap<>(planned);
        anchors.forEach(p -> counts.put(p, Integer.MAX_VALUE / 2)); // never chosen again as a non-anchor
        Set<Pair> rest = new LinkedHashSet<>(
                PairSelection.leastSure(fit, outcomes, counts, Math.max(0, wanted - anchors.size()), random));
        rest.removeAll(new HashSet<>(anchors));
        List<Planned> out = new ArrayList<>();
        for (Pair p : anchors) {
            out.add(sides(p, true, random));
        }
        for (Pair p : rest) {
            out.add(sides(p, false, random));
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }

    private static Planned sides(Pair p, boolean anchor, Random random) {
        return random.nextBoolean() ? new Planned(p.a(), p.b(), anchor) : new Planned(p.b(), p.a(), anchor);
    }
}
