package org.moralbase.stats.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DVGR counting rules (methods §4); the numbers are R 4.2.2's {@code prop.test(k, n, correct = FALSE)} and
 * {@code binom.test(k, n, 0.5)} for k/n = 4/13 and 0/1 (see {@code src/test/r/proportion_reference.R}),
 * to 1e-10 relative.
 */
class DvgrTest {

    @Test
    void dropsUnparseableOutcomesWithoutScoringThem() {
        Stream<Boolean> outcomes = Stream.of(
                true, false, null, true, false, false, null, true, false, false, false, true, false, false, false);
        DvgrResult result = Dvgr.of(outcomes);
        assertThat(result.proportion().successes()).isEqualTo(4);
        assertThat(result.proportion().trials()).isEqualTo(13);
        assertThat(result.unparseable()).isEqualTo(2);
        assertThat(result.proportion().ciLow()).isCloseTo(0.12680703655710515, withinPercentage(1e-8));
        assertThat(result.proportion().ciHigh()).isCloseTo(0.57630656819450954, withinPercentage(1e-8));
        assertThat(result.proportion().pValue()).isCloseTo(0.26684570312500017, withinPercentage(1e-8));
    }

    record Trial(String model, Boolean generalised) {}

    @Test
    void groupsKeepFirstAppearanceOrderAndTheirOwnCounts() {
        List<Trial> trials =
                List.of(new Trial("b", false), new Trial("a", true), new Trial("b", null), new Trial("a", true));
        Map<String, DvgrResult> byModel = Dvgr.byGroup(trials.stream(), Trial::model, Trial::generalised);
        assertThat(byModel.keySet()).containsExactly("b", "a");
        assertThat(byModel.get("b").proportion().trials()).isEqualTo(1);
        assertThat(byModel.get("b").unparseable()).isEqualTo(1);
        assertThat(byModel.get("b").proportion().ciHigh()).isCloseTo(0.79345068562276255, withinPercentage(1e-8));
        assertThat(byModel.get("a").dvgr()).isEqualTo(1.0);
    }

    @Test
    void refusesAGroupWithNoParseableAnswer() {
        List<Trial> trials = List.of(new Trial("a", true), new Trial("z", null));
        assertThatThrownBy(() -> Dvgr.byGroup(trials.stream(), Trial::model, Trial::generalised))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group z");
    }
}
