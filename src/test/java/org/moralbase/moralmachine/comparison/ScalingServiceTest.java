package org.moralbase.moralmachine.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.moralbase.base.StandaloneSvg;
import org.moralbase.dataimport.ImportException;
import org.moralbase.stats.regression.Coefficient;
import org.moralbase.stats.scaling.ScalingReport;

/** The scaling view's service on Takemoto 2026 table S1 gives the paper's numbers (methods §3). */
class ScalingServiceTest {

    static byte[] tableS1() {
        try (InputStream in = ScalingServiceTest.class.getResourceAsStream("/takemoto2026/table_S1.csv")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource table_S1.csv", e);
        }
    }

    @Test
    void uploadedTableS1GivesThePublishedPowerLawAlternativesAndMixedModel() throws Exception {
        ScalingDataset data = new ScalingDataset(
                "table_S1.csv",
                ScalingTableFormat.read(org.moralbase.dataimport.DatasetSource.of("table_S1.csv", tableS1())),
                java.util.List.of());
        ScalingResult result = ScalingService.compute(data);
        ScalingReport r = result.report();

        assertThat(r.n()).isEqualTo(75);
        assertThat(r.powerLaw().alpha()).isCloseTo(-0.1017, within(5e-5));
        assertThat(r.powerLaw().alphaStandardError()).isCloseTo(0.0120, within(5e-5));
        assertThat(r.powerLaw().rSquared()).isCloseTo(0.498, within(5e-4));
        assertThat(r.powerLaw().pValue()).isBetween(1.5e-12, 1.7e-12);
        assertThat(rSquared(r, "linear")).isCloseTo(0.162, within(5e-4));
        assertThat(rSquared(r, "logarithmic")).isCloseTo(0.473, within(5e-4));
        assertThat(rSquared(r, "exponential")).isCloseTo(0.187, within(5e-4));
        assertThat(r.spearman().rho()).isCloseTo(-0.726, within(5e-4));
        assertThat(fixed(r, "log10 S").estimate()).isCloseTo(-0.120, within(5e-4));
        assertThat(fixed(r, "Reasoning").estimate()).isCloseTo(-0.157, within(1e-3));
        assertThat(fixed(r, "log10 S:Reasoning").estimate()).isCloseTo(0.057, within(5e-4));
        assertThat(fixed(r, "Years").estimate()).isCloseTo(0.033, within(5e-4));
        assertThat(r.mixedModel().singular()).isTrue();
        assertThat(result.svg())
                .startsWith("<svg")
                .endsWith("</svg>")
                .contains(
                        "α = -0.1017 ± 0.0120",
                        "R² = 0.498",
                        "QwQ 32B (Other): S = 32.0 B, D = 0.9036",
                        "Qwen3 8B thinking (Qwen, reasoning)");
        // a standalone file, and a hover value on each of the 75 models and on the fitted line
        assertThat(StandaloneSvg.hoverTexts(StandaloneSvg.check(result.svg()))).isEqualTo(75 + 1);
    }

    @Test
    void aTableWithProblemsNamesTheLineAndColumn() {
        String csv = "Model,Size,Reasoning,ReleaseDate,Distance\nA,7,no,2024/1/2,0.9\nB,-3,maybe,2024/13/1,x\n";
        assertThatThrownBy(() -> ScalingTableFormat.read(org.moralbase.dataimport.DatasetSource.ofText("t.csv", csv)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).messages())
                        .hasSize(4)
                        .allSatisfy(m -> assertThat(m).contains("t.csv", "line 3")));
    }

    @Test
    void fewerThanThreeModelsGiveAChartButNoFit() throws Exception {
        String csv = "Model,Size,Reasoning,ReleaseDate,Distance\nA,7,no,2024/1/2,0.9\n";
        ScalingResult result = ScalingService.compute(new ScalingDataset(
                "t.csv",
                ScalingTableFormat.read(org.moralbase.dataimport.DatasetSource.ofText(
                        "t.csv", new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))),
                java.util.List.of()));
        assertThat(result.report()).isNull();
        assertThat(result.svg()).contains("A (Other): S = 7.0 B, D = 0.9000");
        assertThat(StandaloneSvg.hoverTexts(StandaloneSvg.check(result.svg()))).isEqualTo(1);
    }

    private static double rSquared(ScalingReport r, String name) {
        return r.alternatives().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow()
                .rSquared();
    }

    private static Coefficient fixed(ScalingReport r, String term) {
        return r.mixedModel().fixedEffects().stream()
                .filter(c -> c.name().equals(term))
                .findFirst()
                .orElseThrow();
    }
}
