package org.moralbase.moralmachine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.format.AmceRowReader;
import org.moralbase.stats.amce.AmceRow;

class SimulatedRespondentsTest {

    private static String simulate(int n, long seed, GeneratorMode mode, double[] prefs) throws IOException {
        StringWriter out = new StringWriter();
        SimulationSummary summary = SimulatedRespondents.generate(n, seed, mode, prefs, out);
        assertThat(summary.scenarios()).isEqualTo(n);
        assertThat(summary.rows()).isEqualTo(2L * n);
        return out.toString();
    }

    /** Design weights of methods §2 (test-local copy: the estimators live elsewhere). */
    private static double weight(AmceRow r) {
        double signal =
                switch (r.crossingSignal()) {
                    case 0 -> 0.48;
                    case 1 -> r.intervention() == 1 && r.pedPed() == 1 ? 0.32 : 0.20;
                    default -> r.intervention() == 1 && r.pedPed() == 1 ? 0.20 : 0.32;
                };
        if (r.barrier() == 1) {
            return 1 / (r.intervention() == 0 ? 0.20 : 0.32);
        }
        double layout = r.intervention() == 0 ? (r.pedPed() == 1 ? 0.48 : 0.32) : (r.pedPed() == 1 ? 0.48 : 0.20);
        return 1 / (layout * signal);
    }

    /** Weighted mean of Saved at level B minus at level A, within a row subset. */
    private static double amce(List<AmceRow> rows, Predicate<AmceRow> subset, Predicate<AmceRow> levelB) {
        double[] sw = new double[2];
        double[] sy = new double[2];
        for (AmceRow r : rows) {
            if (subset.test(r)) {
                int g = levelB.test(r) ? 1 : 0;
                double w = weight(r);
                sw[g] += w;
                sy[g] += w * r.saved();
            }
        }
        return sy[1] / sw[1] - sy[0] / sw[0];
    }

    private static Predicate<AmceRow> type(String t) {
        return r -> t.equals(r.scenarioType()) && t.equals(r.scenarioTypeStrict());
    }

    @Test
    void awadPreferencesAreApproximatelyRecovered() throws IOException {
        String csv = simulate(400_000, 9, GeneratorMode.AWAD, null);
        List<AmceRow> rows = new ArrayList<>();
        AmceRowReader.withDefaults()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sim.csv", rows::add);
        Offset<Double> tol = Offset.offset(0.05); // sampling SE ≈ 0.005–0.01; clamping shrinks large effects
        assertThat(amce(rows, r -> true, r -> r.intervention() == 1)).isCloseTo(0.061, tol);
        assertThat(amce(rows, r -> r.crossingSignal() == 0 && r.pedPed() == 0, r -> r.barrier() == 0))
                .isCloseTo(0.097, tol);
        assertThat(amce(rows, r -> r.crossingSignal() != 0 && r.pedPed() == 1, r -> r.crossingSignal() == 1))
                .isCloseTo(0.353, tol);
        assertThat(amce(rows, type("Gender"), r -> "Female".equals(r.attributeLevel())))
                .isCloseTo(0.119, tol);
        assertThat(amce(rows, type("Age"), r -> "Young".equals(r.attributeLevel())))
                .isCloseTo(0.497, tol);
        assertThat(amce(rows, type("Species"), r -> "Hoomans".equals(r.attributeLevel())))
                .isCloseTo(0.585, tol);
        assertThat(amce(rows, type("Utilitarian"), r -> "More".equals(r.attributeLevel())))
                .isCloseTo(0.651, tol);
    }

    @Test
    void oppositePreferencesGiveOppositeEffects() throws IOException {
        double[] prefs = {-0.2, 0, 0, 0, 0, 0, -0.5, 0, 0};
        String csv = simulate(100_000, 1, GeneratorMode.TAKEMOTO, prefs);
        List<AmceRow> rows = new ArrayList<>();
        AmceRowReader.withDefaults()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sim.csv", rows::add);
        double age = amce(rows, type("Age"), r -> "Young".equals(r.attributeLevel()));
        assertThat(age).isCloseTo(-0.5, Offset.offset(0.03));
        double species = amce(rows, type("Species"), r -> "Hoomans".equals(r.attributeLevel()));
        assertThat(species).isCloseTo(0.0, Offset.offset(0.03));
    }

    @Test
    void sameSeedGivesTheSameFile() throws IOException {
        assertThat(simulate(500, 3, GeneratorMode.AWAD, null)).isEqualTo(simulate(500, 3, GeneratorMode.AWAD, null));
        assertThat(simulate(500, 3, GeneratorMode.AWAD, null)).isNotEqualTo(simulate(500, 4, GeneratorMode.AWAD, null));
    }

    @Test
    void rejectsMalformedPreferences() {
        assertThatThrownBy(() -> PreferenceModel.of(0.1, 0.2))
                .hasMessageStartingWith("expected 9 AMCEs in the order [Intervention, Relation to AV");
        assertThatThrownBy(() -> PreferenceModel.of(0, 0, 0, 0, 0, 0, 0, 0, Double.NaN))
                .hasMessage("AMCE of Species must be finite and in [-1, 1], got NaN");
    }
}
