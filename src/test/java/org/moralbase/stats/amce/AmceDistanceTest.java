package org.moralbase.stats.amce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Distances on Takemoto 2026 table_S2 (copied unchanged to test resources). Reference: R 4.2.2,
 * src/test/r/amce_distance_reference.R, {@code sqrt(sum((a - b)^2))} over the nine rows, printed with 17
 * significant digits; tolerance 1e-12 (same arithmetic on the same decimal inputs; only summation order may
 * differ).
 */
class AmceDistanceTest {

    static final List<CSVRecord> TABLE_S2 = AmceFixtures.read("table_S2.csv");

    @Test
    void gpt4oVersusHumanMatchesR() {
        // R: sqrt(sum((s2[, "GPT-4o(Nov'24)"] - s2[, "Human"])^2)) = 0.94570927619467637
        AmceDistanceResult d = AmceDistance.between(column("GPT-4o(Nov'24)"), column("Human"));
        assertThat(d.distance()).isCloseTo(0.94570927619467637, within(1e-12));
        // R: same against the §2.1 constant vector
        assertThat(AmceDistance.toAwad2018(column("GPT-4o(Nov'24)")).distance())
                .isCloseTo(0.94570927619467637, within(1e-12));
        assertThat(AmceDistance.toAwad2018(column("Llama 2 7B")).distance())
                .isCloseTo(1.0771303090612812, within(1e-12));
    }

    @Test
    void qwen3With32BillionParametersIsTheCorrectedValueOfMethodsSection3() {
        // methods §3: table_S1 wrongly repeats QwQ 32B's 0.9036; recomputed from table_S2 it is 1.1466.
        // Tolerance 1e-4: the published value has four decimals (rounding error ≤ 5e-5); R gives 1.1466142.
        double d = AmceDistance.toAwad2018(column("Qwen3 32B")).distance();
        assertThat(d).isCloseTo(1.1466, within(1e-4));
        assertThat(d).isCloseTo(1.1466142028945159, within(1e-12));
    }

    @Test
    void differencesAreSignedAndSharesSumToOne() {
        double[] gpt = column("GPT-4o(Nov'24)");
        AmceDistanceResult d = AmceDistance.toAwad2018(gpt);
        assertThat(d.dimension(AmceAttribute.RELATION_TO_AV).difference())
                .isCloseTo(0.752351195 - 0.097, within(1e-15));
        assertThat(d.dimension(AmceAttribute.FITNESS).difference()).isCloseTo(-0.185872441 - 0.160, within(1e-15));
        assertThat(d.dimensions().stream()
                        .mapToDouble(DimensionDifference::shareOfSquaredDistance)
                        .sum())
                .isCloseTo(1.0, within(1e-14));
        double dRel = d.dimension(AmceAttribute.RELATION_TO_AV).difference();
        assertThat(d.dimension(AmceAttribute.RELATION_TO_AV).shareOfSquaredDistance())
                .isCloseTo(dRel * dRel / (d.distance() * d.distance()), within(1e-15));
        assertThat(AmceDistance.toAwad2018(AmceDistance.awad2018()).distance()).isZero();
    }

    @Test
    void nanEntriesAreRejectedWithTheAttributeNamed() {
        double[] v = AmceDistance.awad2018();
        v[AmceAttribute.SPECIES.ordinal()] = Double.NaN;
        assertThatThrownBy(() -> AmceDistance.toAwad2018(v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Species");
        assertThatThrownBy(() -> AmceDistance.toAwad2018(new double[8])).hasMessageContaining("9 entries");
    }

    /** A table_S2 column as a 9-vector in AmceAttribute order (table rows are alphabetical). */
    static double[] column(String model) {
        double[] v = new double[9];
        Arrays.fill(v, Double.NaN);
        for (CSVRecord r : TABLE_S2) {
            v[AmceAttribute.fromDisplayName(r.get("Label")).ordinal()] = Double.parseDouble(r.get(model));
        }
        return v;
    }
}
