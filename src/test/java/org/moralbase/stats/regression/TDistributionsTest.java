package org.moralbase.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class TDistributionsTest {

    // R 4.2.2: 2 * pt(-|t|, df) with options(digits = 17); tolerance 1e-8 relative (withinPercentage(1e-6))

    @Test
    void fractionalSatterthwaiteDfGiveRsP() {
        assertThat(TDistributions.twoSidedP(-7.4, 5.9172653738052192))
                .isCloseTo(0.00033359538108317197, withinPercentage(1e-6));
        assertThat(TDistributions.twoSidedP(0.3, 0.5)).isCloseTo(0.84485915213049079, withinPercentage(1e-6));
        assertThat(TDistributions.twoSidedP(40, 3.5)).isCloseTo(8.7664411093730227e-06, withinPercentage(1e-6));
    }

    @Test
    void infiniteDfIsTheNormalLimitAndUndefinedDfGiveNaN() {
        // R: 2 * pt(-2, Inf) = 2 * pnorm(-2)
        assertThat(TDistributions.twoSidedP(2, Double.POSITIVE_INFINITY))
                .isCloseTo(0.045500263896358424, withinPercentage(1e-6));
        assertThat(TDistributions.twoSidedP(2, Double.NaN)).isNaN();
        assertThat(TDistributions.twoSidedP(2, 0)).isNaN();
    }
}
