package org.moralbase.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.moralbase.moralgraph.TransitionPlanner.Planned;

class TransitionPlannerTest {

    private static final List<String> CONTEXTS = List.of("calm", "crisis");

    @Test
    void theSameSeedsPlanTheSameTransitions() {
        List<Long> cards = List.of(11L, 12L, 13L, 14L);
        assertThat(TransitionPlanner.plan(cards, CONTEXTS, 3, 7, 9, Map.of()))
                .isEqualTo(TransitionPlanner.plan(cards, CONTEXTS, 3, 7, 9, Map.of()))
                .hasSize(3);
    }

    @Test
    void noTwoTransitionsJoinTheSamePairOfCardsAndNoneACardToItself() {
        List<Long> cards = List.of(1L, 2L, 3L, 4L, 5L);
        List<Planned> plan = TransitionPlanner.plan(cards, CONTEXTS, 10, 1, 2, Map.of());
        assertThat(plan).hasSize(10); // 5 cards make exactly 10 unordered pairs
        Set<Set<Long>> pairs = new HashSet<>();
        for (Planned p : plan) {
            assertThat(p.fromCardId()).isNotEqualTo(p.toCardId());
            assertThat(pairs.add(Set.of(p.fromCardId(), p.toCardId()))).isTrue();
            assertThat(CONTEXTS).contains(p.context());
        }
    }

    @Test
    void transitionsPlannedLeastOftenComeFirst() {
        List<Long> cards = List.of(1L, 2L, 3L);
        Map<Planned, Integer> counts = new HashMap<>();
        for (long a : cards) {
            for (long b : cards) {
                for (String c : CONTEXTS) {
                    if (a != b) {
                        counts.put(new Planned(a, b, c), 5);
                    }
                }
            }
        }
        counts.put(new Planned(3, 1, "crisis"), 0);
        assertThat(TransitionPlanner.plan(cards, CONTEXTS, 1, 4, 4, counts))
                .containsExactly(new Planned(3, 1, "crisis"));
    }

    @Test
    void fewerCardsThanAskedPlanFewerTransitionsAndTwoCardsOne() {
        assertThat(TransitionPlanner.plan(List.of(1L, 2L), CONTEXTS, 5, 1, 1, Map.of()))
                .hasSize(1);
        assertThat(TransitionPlanner.plan(List.of(1L), CONTEXTS, 5, 1, 1, Map.of()))
                .isEmpty();
    }

    @Test
    void manyCardsAreSampledAndStillPlanDistinctPairs() {
        List<Long> cards = LongStream.rangeClosed(1, 500).boxed().toList();
        List<Planned> plan = TransitionPlanner.plan(cards, CONTEXTS, 20, 3, 5, Map.of());
        assertThat(plan).hasSize(20);
        assertThat(plan.stream().map(p -> Set.of(p.fromCardId(), p.toCardId())).distinct())
                .hasSize(20);
    }

    @Test
    void withoutContextsNothingCanBePlanned() {
        assertThatThrownBy(() -> TransitionPlanner.plan(List.of(1L, 2L), List.of(), 1, 1, 1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contexts");
    }
}
