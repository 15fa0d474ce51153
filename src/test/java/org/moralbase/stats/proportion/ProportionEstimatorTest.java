package org.moralbase.stats.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wilson interval and exact binomial test against R 4.2.2. Reference values come from
 * {@code src/test/r/proportion_reference.R}: {@code prop.test(k, n, correct = FALSE)$conf.int} (95% and
 * {@code conf.level = 0.90}), {@code binom.test(k, n, p0)$p.value}, and the same p-value evaluated in log
 * space with {@code dbinom/pbinom(..., log = TRUE)}. Tolerance: 1e-10 relative (withinPercentage(1e-8)),
 * or 1e-15 absolute where the reference is exactly 0 or 1.
 */
class ProportionEstimatorTest {

    private static final double REL_PERCENT = 1e-8; // = 1e-10 relative

    @ParameterizedTest(name = "k={0} n={1} p0={2}")
    @CsvSource({
        "31668,104725,0.5, 0.29961754653324379,0.30518090799492814, 0.30006261363731257,0.3047315543889631, -8410.9099152455037",
        "0,13,0.5, 0,0.2280953723541983, 0,0.17226678350884495, -8.317766166719343",
        "13,13,0.5, 0.77190462764580159,1, 0.82773321649115517,1, -8.317766166719343",
        "0,1,0.5, 0,0.79345068562276255, 0,0.73013405121594566, 0",
        "1,1,0.5, 0.2065493143772375,1, 0.26986594878405434,1, 0",
        "4,13,0.5, 0.12680703655710515,0.57630656819450954, 0.14641538530333978,0.53522568527698533, -1.3210846785428045",
        "9,13,0.3, 0.42369343180549041,0.87319296344289477, 0.46477431472301478,0.85358461469666025, -5.5137482015974353",
        "49700,100000,0.5, 0.49390125537786828,0.50009897510080725, 0.49439942121799407,0.49960074111022129, -2.8439154044852462",
        "3,20,0.25, 0.052368745896216609,0.36041886474075691, 0.061582410477368336,0.32182807567530669, -0.82240406463983362",
        "520,1000,0.5, 0.48901772465751903,0.55082920500305876, 0.49399445666970759,0.54589761360070199, -1.5257941891109761"
    })
    void matchesRPropTestAndBinomTest(
            int k, int n, double p0, double lo95, double hi95, double lo90, double hi90, double logP) {
        Proportion at95 =
                ProportionEstimator.withDefaults().withNullProportion(p0).estimate(k, n);
        Proportion at90 = ProportionEstimator.withDefaults()
                .withNullProportion(p0)
                .withConfidenceLevel(0.90)
                .estimate(k, n);

        assertClose(at95.ciLow(), lo95);
        assertClose(at95.ciHigh(), hi95);
        assertClose(at90.ciLow(), lo90);
        assertClose(at90.ciHigh(), hi90);
        assertClose(at95.logPValue(), logP);
        assertClose(at95.pValue(), Math.exp(logP));
        assertThat(at95.estimate()).isEqualTo((double) k / n);
    }

    @Test
    void smallPValuesMatchRBinomTestDirectly() {
        // binom.test(0, 13)$p.value = 0.00024414062500000005; binom.test(9, 13, 0.3)$p.value = 0.0040309701435000019
        assertThat(BinomialTest.twoSidedPValue(0, 13, 0.5))
                .isCloseTo(0.00024414062500000005, withinPercentage(REL_PERCENT));
        assertThat(BinomialTest.twoSidedPValue(9, 13, 0.3))
                .isCloseTo(0.0040309701435000019, withinPercentage(REL_PERCENT));
        // binom.test(520, 1000, 0.5)$p.value = 0.21744829320414144
        assertThat(BinomialTest.twoSidedPValue(520, 1000, 0.5))
                .isCloseTo(0.21744829320414144, withinPercentage(REL_PERCENT));
    }

    @Test
    void dvbOverallDvgrIsFarBelowChance() {
        // R's binom.test(31668, 104725, 0.5)$p.value prints 9.88e-324, a subnormal underflow artefact:
        // the log-space value is -8410.9, so the double p-value is 0 and only the log is meaningful.
        Proportion dvb = ProportionEstimator.withDefaults().estimate(31668, 104725);
        assertThat(dvb.estimate()).isCloseTo(0.302, within(0.0005));
        assertThat(dvb.pValue()).isLessThan(1e-300);
        assertThat(dvb.logPValue()).isCloseTo(-8410.9099152455037, withinPercentage(REL_PERCENT));
    }

    @Test
    void rejectsImpossibleCounts() {
        ProportionEstimator estimator = ProportionEstimator.withDefaults();
        assertThatThrownBy(() -> estimator.estimate(0, 0)).hasMessageContaining("trials must be at least 1");
        assertThatThrownBy(() -> estimator.estimate(5, 4)).hasMessageContaining("successes must be in [0, 4]");
        assertThatThrownBy(() -> estimator.withNullProportion(1.0)).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> estimator.withConfidenceLevel(1.0)).hasMessageContaining("(0, 1)");
    }

    private static void assertClose(double actual, double expected) {
        if (expected == 0 || expected == 1) {
            assertThat(actual).isCloseTo(expected, within(1e-15));
        } else {
            assertThat(actual).isCloseTo(expected, withinPercentage(REL_PERCENT));
        }
    }
}
