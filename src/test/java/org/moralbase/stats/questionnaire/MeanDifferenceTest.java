package org.moralbase.stats.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The seeded bootstrap against an independent Python re-implementation of the documented procedure
 * (src/test/resources/reference/questionnaire_reference.py: java.util.Random's specified LCG, the same draw order,
 * numpy.quantile type 7), to 1e-12 (the same draws, so only summation order differs).
 */
class MeanDifferenceTest {

    @Test
    void theIntervalEqualsThePythonReplay() {
        MeanDifferenceInterval i = MeanDifference.of(2000, 42).estimate(WassersteinTest.PEOPLE, WassersteinTest.MODEL);
        assertThat(i.difference()).isCloseTo(-0.035714285714285587, within(1e-12));
        assertThat(i.ciLow()).isCloseTo(-1.4764880952380952, within(1e-12));
        assertThat(i.ciHigh()).isCloseTo(1.321726190476189, within(1e-12));
        assertThat(i.nA()).isEqualTo(12);
        assertThat(i.nB()).isEqualTo(7);

        MeanDifferenceInterval ninety = MeanDifference.of(999, 7)
                .withConfidenceLevel(0.9)
                .estimate(WassersteinTest.PEOPLE, WassersteinTest.MODEL);
        assertThat(ninety.ciLow()).isCloseTo(-1.2035714285714287, within(1e-12));
        assertThat(ninety.ciHigh()).isCloseTo(1.1083333333333318, within(1e-12));
        assertThat(ninety.level()).isEqualTo(0.9);

        // group sizes 8 and 4 take nextInt's power-of-two branch
        MeanDifferenceInterval powers =
                MeanDifference.of(500, -3).estimate(new double[] {1, 2, 3, 4, 5, 6, 7, 1}, new double[] {2, 2, 6, 6});
        assertThat(powers.difference()).isCloseTo(-0.375, within(1e-12));
        assertThat(powers.ciLow()).isCloseTo(-2.6906249999999989, within(1e-12));
        assertThat(powers.ciHigh()).isCloseTo(2, within(1e-12));
    }

    @Test
    void theSameSeedReplaysTheInterval() {
        MeanDifference bootstrap = MeanDifference.of(300, 11);
        assertThat(bootstrap.estimate(WassersteinTest.PEOPLE, WassersteinTest.MODEL))
                .isEqualTo(bootstrap.estimate(WassersteinTest.PEOPLE, WassersteinTest.MODEL));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> MeanDifference.of(0, 1)).hasMessageContaining("replicates");
        assertThatThrownBy(() -> MeanDifference.of(10, 1).withConfidenceLevel(1))
                .hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> MeanDifference.of(10, 1).estimate(new double[0], new double[] {1}))
                .hasMessageContaining("group a");
        assertThatThrownBy(() -> MeanDifference.of(10, 1).estimate(new double[] {1}, new double[] {Double.NaN}))
                .hasMessageContaining("group b");
    }
}
