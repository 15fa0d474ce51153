package org.moralbase.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The unit bootstrap for alpha. Resampling itself has no outside reference (R would draw other random
 * numbers), so we check reproducibility and a case with a known answer; the percentile rule is checked
 * against R 4.2.2 {@code quantile(x, probs)} (type 7) to 1e-12.
 */
class AlphaBootstrapTest {

    @Test
    void percentilesFollowRType7() {
        // quantile(c(0.3,0.1,0.7,0.2,0.9,0.5,0.4), c(0.025, 0.975)) = 0.115, 0.87
        double[] x = {0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9};
        assertThat(AlphaBootstrap.quantileType7(x, 0.025)).isCloseTo(0.115, within(1e-12));
        assertThat(AlphaBootstrap.quantileType7(x, 0.975)).isCloseTo(0.87, within(1e-12));
        // quantile(c(-1,2,5,11), c(0.05, 0.5, 0.95)) = -0.55, 3.5, 10.1
        double[] y = {-1, 2, 5, 11};
        assertThat(AlphaBootstrap.quantileType7(y, 0.05)).isCloseTo(-0.55, within(1e-12));
        assertThat(AlphaBootstrap.quantileType7(y, 0.5)).isCloseTo(3.5, within(1e-12));
        assertThat(AlphaBootstrap.quantileType7(y, 0.95)).isCloseTo(10.1, within(1e-12));
    }

    @Test
    void theSameSeedReplaysTheSameInterval() {
        ReliabilityData data = ReliabilityData.fromMatrix(KrippendorffAlphaTest.EXAMPLE_C);
        AlphaInterval first = AlphaBootstrap.of(Metric.NOMINAL, 500, 42).interval(data);
        AlphaInterval again = AlphaBootstrap.of(Metric.NOMINAL, 500, 42).interval(data);
        AlphaInterval other = AlphaBootstrap.of(Metric.NOMINAL, 500, 43).interval(data);
        assertThat(again).isEqualTo(first);
        assertThat(other.ciLow()).isNotEqualTo(first.ciLow());
        assertThat(first.estimate().alpha()).isCloseTo(0.74342105263157898, within(1e-12));
        assertThat(first.ciLow()).isLessThan(first.estimate().alpha());
        assertThat(first.ciHigh()).isGreaterThan(first.estimate().alpha()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void identicalUnitsGiveADegenerateInterval() {
        // every unit is (0, 1), so every resample equals the data and alpha is always -0.75
        double[][] sameUnits = {{0, 0, 0, 0}, {1, 1, 1, 1}};
        ReliabilityData data = ReliabilityData.fromMatrix(sameUnits);
        AlphaInterval interval = AlphaBootstrap.of(Metric.NOMINAL, 200, 7).interval(data);
        assertThat(interval.estimate().alpha()).isCloseTo(-0.75, within(1e-12));
        assertThat(interval.ciLow()).isEqualTo(interval.estimate().alpha());
        assertThat(interval.ciHigh()).isEqualTo(interval.estimate().alpha());
        assertThat(interval.undefinedReplicates()).isZero();
    }
}
