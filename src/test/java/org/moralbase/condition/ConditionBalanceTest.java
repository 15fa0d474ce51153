package org.moralbase.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionBalanceTest {

    private static final Condition A = new Condition(1, "a", "A", "Text a", null, false);
    private static final Condition B = new Condition(2, "b", "B", null, "System b", false);
    private static final Condition C = new Condition(3, "c", "C", null, null, true);
    private static final List<Condition> ALL = List.of(A, B, C);

    @Test
    void theConditionWithTheFewestCompletedSessionsIsChosenWhateverIsInProgress() {
        assertThat(ConditionBalance.choose(ALL, Map.of(1L, 3L, 2L, 2L, 3L, 3L), Map.of(2L, 10L), 7))
                .isEqualTo(B);
    }

    @Test
    void amongTheFewestCompletedTheFewestInProgressIsChosen() {
        assertThat(ConditionBalance.choose(ALL, Map.of(1L, 1L), Map.of(2L, 2L, 3L, 1L), 7))
                .isEqualTo(C);
    }

    @Test
    void aTieIsDrawnWithTheSessionsSeedSoTheSameSeedGivesTheSameCondition() {
        Map<Condition, Integer> drawn = new HashMap<>();
        for (long seed = 0; seed < 300; seed++) {
            Condition c = ConditionBalance.choose(ALL, Map.of(), Map.of(), seed);
            assertThat(ConditionBalance.choose(ALL, Map.of(), Map.of(), seed)).isEqualTo(c);
            drawn.merge(c, 1, Integer::sum);
        }
        assertThat(drawn).containsOnlyKeys(A, B, C); // every condition can be drawn
        assertThat(drawn.values()).allSatisfy(n -> assertThat(n).isBetween(60, 140));
    }

    @Test
    void arrivalsOneAfterAnotherFillTheConditionsInTurn() {
        Map<Long, Long> active = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            Condition c = ConditionBalance.choose(ALL, Map.of(), active, i);
            active.merge(c.id(), 1L, Long::sum);
        }
        assertThat(active).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 10L, 2L, 10L, 3L, 10L));
    }

    @Test
    void noConditionsIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> ConditionBalance.choose(List.of(), Map.of(), Map.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListNamesEachProblemByTheConditionsPlaceAndField() {
        List<String> problems = ConditionInput.problems(List.of(
                new ConditionInput("ok", null, null, null),
                new ConditionInput("OK", null, null, null),
                new ConditionInput("", null, null, null),
                new ConditionInput("long", "x".repeat(101), "y".repeat(4001), null)));
        assertThat(problems)
                .containsExactly(
                        "Condition 2, code: 'OK' is already used by another condition",
                        "Condition 3, code: 1 to 40 letters, digits, '-' or '_', found ''",
                        "Condition 4, label: at most 100 characters",
                        "Condition 4, text for participants: at most 4000 characters");
        assertThat(new ConditionInput(" c ", " ", "  ", null)).isEqualTo(new ConditionInput("c", "c", null, null));
    }
}
