package org.moralbase.utility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.stats.utility.Pair;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.stats.utility.UnparseableRule;

class UtilityVotesTest {

    private static Map<Pair, int[]> counts() {
        Map<Pair, int[]> c = new LinkedHashMap<>();
        c.put(Pair.of(0, 1), new int[] {3, 1, 2});
        c.put(Pair.of(1, 2), new int[] {0, 0, 4}); // only unreadable answers
        return c;
    }

    @Test
    void droppedUnparseableAnswersLeaveAPairWithoutVotesOut() {
        UtilityVotes.ModelVotes v = UtilityVotes.modelVotes("m", counts(), UnparseableRule.DROP);
        assertThat(v.pairs()).containsExactly(new PairVotes(0, 1, 3, 4));
        assertThat(v.valid()).isEqualTo(4);
        assertThat(v.unparseable()).isEqualTo(6);
    }

    @Test
    void halfVotesKeepEveryAnsweredPair() {
        UtilityVotes.ModelVotes v = UtilityVotes.modelVotes("m", counts(), UnparseableRule.HALF);
        assertThat(v.pairs()).containsExactly(new PairVotes(0, 1, 4, 6), new PairVotes(1, 2, 2, 4));
    }

    @Test
    void anItemKeyNamesTwoKnownOutcomes() {
        Map<String, Integer> byKey = Map.of("a", 0, "b", 1);
        assertThat(UtilityVotes.pairOf("b|a", byKey)).isEqualTo(Pair.of(0, 1));
        assertThat(UtilityVotes.pairOf("a|zz", byKey)).isNull();
        assertThat(UtilityVotes.pairOf("ab", byKey)).isNull();
    }
}
