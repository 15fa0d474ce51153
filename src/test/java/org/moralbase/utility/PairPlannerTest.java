package org.moralbase.utility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moralbase.stats.utility.Pair;

/** Which pairs a new participant answers: the study's anchors and the least-covered pairs, each once. */
class PairPlannerTest {

    private static final UtilitySettings SETTINGS = new UtilitySettings(8, 2, false, null);

    @Test
    void everySessionGetsTheStudysAnchorsAndNoPairTwice() {
        List<Pair> anchors = PairPlanner.anchors(10, 2, 42L);
        assertThat(anchors).hasSize(2).doesNotHaveDuplicates();
        for (long session = 1; session <= 5; session++) {
            List<PairPlanner.Planned> plan = PairPlanner.plan(10, SETTINGS, 42L, session, null, Map.of());
            assertThat(plan).hasSize(8);
            Set<Pair> pairs = new HashSet<>();
            plan.forEach(p -> pairs.add(Pair.of(p.first(), p.second())));
            assertThat(pairs).hasSize(8).containsAll(anchors);
            assertThat(plan.stream().filter(PairPlanner.Planned::anchor)).hasSize(2);
            assertThat(plan).allSatisfy(p -> assertThat(p.first()).isNotEqualTo(p.second()));
        }
    }

    @Test
    void theSameSessionIsPlannedTheSameWayAndOthersDiffer() {
        assertThat(PairPlanner.plan(10, SETTINGS, 42L, 7L, null, Map.of()))
                .isEqualTo(PairPlanner.plan(10, SETTINGS, 42L, 7L, null, Map.of()));
        assertThat(PairPlanner.plan(10, SETTINGS, 42L, 7L, null, Map.of()))
                .isNotEqualTo(PairPlanner.plan(10, SETTINGS, 42L, 8L, null, Map.of()));
    }

    @Test
    void beforeAnyFitTheLeastPlannedPairsComeFirst() {
        // 4 outcomes: 6 pairs; all but (2,3) already planned once: the one new pair must be chosen
        Map<Pair, Integer> planned = new HashMap<>();
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                if (!(a == 2 && b == 3)) {
                    planned.put(Pair.of(a, b), 1);
                }
            }
        }
        List<PairPlanner.Planned> plan =
                PairPlanner.plan(4, new UtilitySettings(2, 0, false, null), 1L, 2L, null, planned);
        assertThat(plan).hasSize(2);
        assertThat(plan.stream().map(p -> Pair.of(p.first(), p.second()))).contains(Pair.of(2, 3));
    }

    @Test
    void aSmallStudyAsksEveryPairAtMostOnce() {
        List<PairPlanner.Planned> plan =
                PairPlanner.plan(3, new UtilitySettings(20, 1, false, null), 5L, 6L, null, Map.of());
        assertThat(plan).hasSize(3); // 3 outcomes have 3 pairs
    }
}
