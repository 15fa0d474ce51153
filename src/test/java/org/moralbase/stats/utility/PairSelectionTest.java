package org.moralbase.stats.utility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairSelectionTest {

    @Test
    void aboutTwoNLog2NPairsButNeverMoreThanAll() {
        assertThat(PairSelection.targetEdges(510)).isEqualTo(9174); // 2 · 510 · log2 510 = 9174.2
        assertThat(PairSelection.targetEdges(4)).isEqualTo(6); // 16 > the 6 pairs there are
        assertThat(PairSelection.targetEdges(1)).isZero();
    }

    @Test
    void theStartingGraphGivesEveryOutcomeTwoNeighbours() {
        List<Pair> graph = PairSelection.initialGraph(50, new Random(9));
        assertThat(graph).hasSize(50).doesNotHaveDuplicates();
        int[] degree = new int[50];
        graph.forEach(p -> {
            degree[p.a()]++;
            degree[p.b()]++;
        });
        assertThat(degree).containsOnly(2);
    }

    @Test
    void theCrowdGetsTheLeastAskedPairsFirstThenTheLeastSure() {
        Map<Pair, Integer> asked = new HashMap<>();
        asked.put(Pair.of(0, 1), 3);
        asked.put(Pair.of(0, 2), 3);
        // no fit: the three unasked pairs of 4 outcomes (0-3, 1-2, 1-3, 2-3 minus none) come before the asked ones
        List<Pair> next = PairSelection.leastSure(null, 4, asked, 4, new Random(2));
        assertThat(next).hasSize(4).doesNotContain(Pair.of(0, 1), Pair.of(0, 2));
        // with a fit where 0 and 3 are far apart and 1 and 2 are equal: 1-2 (P = ½) comes first
        Utilities fit = new Utilities(new double[] {-2, 0, 0, 2}, new double[] {1, 1, 1, 1}, 0, 0);
        assertThat(PairSelection.leastSure(fit, 4, Map.of(), 1, new Random(2))).containsExactly(Pair.of(1, 2));
    }
}
