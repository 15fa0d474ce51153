package org.moralbase.cli.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import org.moralbase.cli.MoralbaseCli;
import org.moralbase.stats.regression.MixedModelResult;
import org.moralbase.stats.regression.PowerLawFit;
import org.moralbase.stats.regression.PowerLawResult;
import org.moralbase.stats.scaling.ScalingMixedModel;
import org.moralbase.stats.scaling.ScalingObservation;
import tools.jackson.databind.JsonNode;

/**
 * {@code analyze scaling} on a copy of Takemoto 2026 table S1: the published numbers of methods §3 (to the
 * decimals printed) and, exactly, the stats classes run directly on the same rows.
 */
class CliScalingTest {

    private static final Path TABLE_S1 = CliRun.resource("/takemoto2026/table_S1.csv");

    @TempDir
    Path dir;

    @Test
    void reproducesThePublishedScalingNumbersOfTableS1() {
        JsonNode r = CliRun.of("analyze", "scaling", "--input", TABLE_S1.toString(), "--json")
                .json();
        assertThat(r.get("n").asInt()).isEqualTo(75);
        JsonNode power = r.get("powerLaw");
        assertThat(power.get("alpha").asDouble()).isCloseTo(-0.1017, within(5e-5));
        assertThat(power.get("alphaStandardError").asDouble()).isCloseTo(0.0120, within(5e-5));
        assertThat(power.get("rSquared").asDouble()).isCloseTo(0.498, within(5e-4));
        assertThat(power.get("pValue").asDouble()).isBetween(1.5e-12, 1.7e-12);
        assertThat(rSquared(r, "linear")).isCloseTo(0.162, within(5e-4));
        assertThat(rSquared(r, "logarithmic")).isCloseTo(0.473, within(5e-4));
        assertThat(rSquared(r, "exponential")).isCloseTo(0.187, within(5e-4));
        assertThat(r.get("spearman").get("rho").asDouble()).isCloseTo(-0.726, within(5e-4));
        JsonNode mixed = r.get("mixedModel");
        assertThat(fixed(mixed, "log10 S", "estimate")).isCloseTo(-0.120, within(5e-4));
        assertThat(fixed(mixed, "log10 S", "standardError")).isCloseTo(0.016, within(5e-4));
        assertThat(fixed(mixed, "Reasoning", "estimate")).isCloseTo(-0.157, within(1e-3));
        assertThat(fixed(mixed, "Reasoning", "standardError")).isCloseTo(0.044, within(5e-4));
        assertThat(fixed(mixed, "log10 S:Reasoning", "estimate")).isCloseTo(0.057, within(5e-4));
        assertThat(fixed(mixed, "log10 S:Reasoning", "standardError")).isCloseTo(0.025, within(5e-4));
        assertThat(fixed(mixed, "log10 S:Reasoning", "pValue")).isCloseTo(0.024, within(5e-4));
        assertThat(fixed(mixed, "Years", "estimate")).isCloseTo(0.033, within(5e-4));
        assertThat(mixed.get("singular").asBoolean()).isTrue();
    }

    @Test
    void jsonEqualsTheStatsClassesRunDirectly() {
        List<ScalingObservation> rows = ScalingTableReader.read(TABLE_S1);
        double[] s = rows.stream().mapToDouble(ScalingObservation::sizeBillions).toArray();
        double[] d = rows.stream().mapToDouble(ScalingObservation::distance).toArray();
        PowerLawResult power = PowerLawFit.fit(s, d);
        MixedModelResult mixed = ScalingMixedModel.fit(rows);
        JsonNode r = CliRun.of("analyze", "scaling", "--input", TABLE_S1.toString(), "--json")
                .json();
        assertThat(r.get("powerLaw").get("alpha").asDouble()).isEqualTo(power.alpha());
        assertThat(r.get("powerLaw").get("intercept").asDouble()).isEqualTo(power.intercept());
        assertThat(r.get("alternatives").get(1).get("aic").asDouble())
                .isEqualTo(power.candidate(PowerLawFit.LINEAR).fit().aic());
        assertThat(r.get("mixedModel")
                        .get("varianceComponents")
                        .get("residualSd")
                        .asDouble())
                .isEqualTo(mixed.varianceComponents().residualSd());
        assertThat(r.get("mixedModel").get("fixedEffects").get(1).get("df").asDouble())
                .isEqualTo(mixed.fixedEffect(ScalingMixedModel.LOG_SIZE).df());
        assertThat(r.get("families").toString()).contains("\"family\":\"Qwen\"");
    }

    @Test
    void sizeBinsHoldEveryModelOnceWithTheSampleSd() throws IOException {
        Path table = dir.resolve("small.csv");
        Files.writeString(table, """
                Model,Size,Reasoning,ReleaseDate,Distance
                A 0.5B,0.5,no,2024/1/1,1.0
                B 0.6B,0.6,no,2024/1/1,1.2
                C 7B,7,yes,2024-02-01,0.9
                D 70B,70,no,2024/3/1,0.8
                E 72B,72,no,2024/3/1,0.6
                F 400B,400,no,2025/1/1,0.7
                """);
        JsonNode r = CliRun.of("analyze", "scaling", "--input", table.toString(), "--json")
                .json();
        JsonNode bins = r.get("sizeBins");
        assertThat(bins.findValuesAsString("bin")).containsExactly("<1B", "1-10B", "10-100B", ">=100B");
        assertThat(bins.get(0).get("n").asInt()).isEqualTo(2);
        assertThat(bins.get(0).get("sdDistance").asDouble()).isCloseTo(Math.sqrt(0.02), within(1e-12));
        assertThat(bins.get(1).get("sdDistance").isNull())
                .as("SD of one model is undefined: null")
                .isTrue();
        assertThat(bins.get(3).get("highBillions").isNull()).isTrue();
        assertThat(r.get("residualSpread").get("n").asInt()).isEqualTo(6);
    }

    @Test
    void aBadSizeNamesFileLineAndColumnAndPrintsNoResult() throws IOException {
        Path table = dir.resolve("bad.csv");
        Files.writeString(table, "Model,Size,Reasoning,ReleaseDate,Distance\nA,1,no,2024/1/1,1\nB,big,no,2024/1/1,1\n");
        CliRun run = CliRun.of("analyze", "scaling", "--input", table.toString(), "--json");
        assertThat(run.exit()).isEqualTo(MoralbaseCli.EXIT_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .isEqualTo("moralbase: " + table + ": line 3, column Size: expected a positive size "
                        + "in billions, found 'big'");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path table = dir.resolve("nodate.csv");
        Files.writeString(table, "Model,Size,Reasoning,Distance\nA,1,no,1\n");
        CliRun run = CliRun.of("analyze", "scaling", "--input", table.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("line 1, column ReleaseDate: expected a column named 'ReleaseDate'");
    }

    @Test
    void aMissingFileOrUnknownOptionIsAUsageErrorWithExitTwo() {
        CliRun missing = CliRun.of(
                "analyze", "scaling", "--input", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--input: no such file").contains("Usage:");
        CliRun unknown = CliRun.of("analyze", "scaling", "--input", TABLE_S1.toString(), "--frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void withoutJsonItPrintsReadableTables() {
        CliRun run = CliRun.of("analyze", "scaling", "--input", TABLE_S1.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("power law: alpha -0.1017")
                .contains("singular: yes")
                .contains("df: Satterthwaite")
                .containsPattern("log10 S +-0\\.1201 +0\\.0162 +5\\.9173 +-7\\.4023 +< 0\\.001")
                // p-values as researchers write them (PValues): never an exponent
                .contains(", p < 0.001, n 75")
                .containsPattern("log10 S:Reasoning .* 0\\.02[34]")
                .contains(">=100B");
    }

    private static double rSquared(JsonNode r, String name) {
        for (JsonNode a : r.get("alternatives")) {
            if (a.get("name").asString().equals(name)) {
                return a.get("rSquared").asDouble();
            }
        }
        throw new AssertionError("no alternative " + name);
    }

    private static double fixed(JsonNode mixed, String term, String field) {
        for (JsonNode c : mixed.get("fixedEffects")) {
            if (c.get("name").asString().equals(term)) {
                return c.get(field).asDouble();
            }
        }
        throw new AssertionError("no fixed effect " + term);
    }
}
