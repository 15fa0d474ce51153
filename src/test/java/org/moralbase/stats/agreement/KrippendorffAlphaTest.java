package org.moralbase.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against the worked examples of K. Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011): section A (two coders, binary, α = 0.095) and section C (four coders, 12
 * units, missing values: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797; data matrices from the
 * paper). The paper prints 3 decimals, so we check those to ±0.0005; to 1e-12 we check R 4.2.2 values from
 * the independent pairwise implementation {@code src/test/r/krippendorff_reference.R} (irr::kripp.alpha is
 * not packaged in Debian bookworm, so not run).
 */
class KrippendorffAlphaTest {

    private static final double NA = Double.NaN;

    static final double[][] EXAMPLE_A = {
        {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
        {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}
    };

    static final double[][] EXAMPLE_C = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
        {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA}
    };

    @Test
    void twoCoderBinaryExampleGivesPoint095() {
        AlphaEstimate a = KrippendorffAlpha.of(Metric.NOMINAL).estimate(EXAMPLE_A);
        assertThat(a.alpha()).isCloseTo(0.095, within(0.0005));
        assertThat(a.alpha()).isCloseTo(0.095238095238095122, within(1e-12));
        assertThat(a.pairableValues()).isEqualTo(20.0);
    }

    @Test
    void fourCoderExampleWithMissingValuesMatchesThePaperForEveryMetric() {
        assertAlpha(Metric.NOMINAL, 0.743, 0.74342105263157898);
        assertAlpha(Metric.ORDINAL, 0.815, 0.81538750375488134);
        assertAlpha(Metric.INTERVAL, 0.849, 0.84910714285714284);
        assertAlpha(Metric.RATIO, 0.797, 0.79740277471161269);
    }

    @Test
    void unitsWithASingleValueDropOut() {
        AlphaEstimate a = KrippendorffAlpha.of(Metric.NOMINAL).estimate(EXAMPLE_C);
        // unit 12 has one value: 11 pairable units, n = 40 pairable values (paper, section C)
        assertThat(a.pairableUnits()).isEqualTo(11);
        assertThat(a.pairableValues()).isEqualTo(40.0);
    }

    @Test
    void longFormatGivesTheSameAlphaAsTheMatrix() {
        List<Rating<Double>> numeric = new ArrayList<>();
        List<Rating<String>> labels = new ArrayList<>();
        for (int coder = 0; coder < EXAMPLE_C.length; coder++) {
            for (int unit = 0; unit < EXAMPLE_C[coder].length; unit++) {
                double v = EXAMPLE_C[coder][unit];
                Double value = Double.isNaN(v) ? null : v;
                numeric.add(new Rating<>("u" + unit, "c" + coder, value));
                labels.add(new Rating<>("u" + unit, "c" + coder, value == null ? null : "label-" + v));
            }
        }
        assertThat(KrippendorffAlpha.of(Metric.ORDINAL)
                        .estimate(ReliabilityData.fromRatings(numeric))
                        .alpha())
                .isCloseTo(0.81538750375488134, within(1e-12));
        assertThat(KrippendorffAlpha.of(Metric.NOMINAL)
                        .estimate(ReliabilityData.fromLabels(labels))
                        .alpha())
                .isCloseTo(0.74342105263157898, within(1e-12));
    }

    @Test
    void labelDataRefusesMetricsThatNeedNumbers() {
        ReliabilityData labels =
                ReliabilityData.fromLabels(List.of(new Rating<>("i", "a", "yes"), new Rating<>("i", "b", "no")));
        assertThatThrownBy(() -> KrippendorffAlpha.of(Metric.INTERVAL).estimate(labels))
                .hasMessageContaining("only nominal");
    }

    @Test
    void rejectsDataWithoutPairableUnitsAndDuplicateRatings() {
        assertThatThrownBy(() -> KrippendorffAlpha.of(Metric.NOMINAL).estimate(new double[][] {{1, NA}, {NA, 2}}))
                .hasMessageContaining("at least one unit with two or more values");
        assertThatThrownBy(() -> ReliabilityData.fromLabels(
                        List.of(new Rating<>("i", "a", "yes"), new Rating<>("i", "a", "no"))))
                .hasMessageContaining("more than once");
    }

    @Test
    void alphaIsUndefinedWithoutVariation() {
        assertThat(KrippendorffAlpha.of(Metric.NOMINAL)
                        .estimate(new double[][] {{1, 1}, {1, 1}})
                        .alpha())
                .isNaN();
    }

    private static void assertAlpha(Metric metric, double paper, double r) {
        double alpha = KrippendorffAlpha.of(metric).estimate(EXAMPLE_C).alpha();
        assertThat(alpha).as(metric.name()).isCloseTo(paper, within(0.0005));
        assertThat(alpha).as(metric.name()).isCloseTo(r, within(1e-12));
    }
}
