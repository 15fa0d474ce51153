package org.moralbase.cli.amce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import org.moralbase.moralmachine.format.AmceRowReader;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceEstimator;
import org.moralbase.stats.amce.AmceRow;
import org.moralbase.stats.amce.CharactersDefinition;
import tools.jackson.databind.JsonNode;

/**
 * {@code analyze distance} on Takemoto 2026 table S2 (the published distances of table S1, and the corrected
 * Qwen3 32B value of methods §3) and on generated responses against {@link AmceDistance} run directly.
 */
class CliDistanceTest {

    private static final Path S2 = CliRun.resource("/org/moralbase/stats/amce/table_S2.csv");

    @TempDir
    Path dir;

    @Test
    void tableS2ColumnsGiveTheDistancesOfTableS1() {
        assertThat(distance("GPT-4o-mini")).isCloseTo(1.076327241, within(1e-6));
        assertThat(distance("QwQ 32B")).isCloseTo(0.9036, within(1e-4));
        // methods §3: table S1 repeats QwQ's value for Qwen3 32B; recomputed from S2 it is 1.1466
        assertThat(distance("Qwen3 32B")).isCloseTo(1.1466, within(1e-4));
    }

    @Test
    void theHumanColumnOfTableS2IsTheAwadReference() {
        JsonNode viaFile = CliRun.of(
                        "analyze",
                        "distance",
                        "--input",
                        S2.toString(),
                        "--column",
                        "Gemma 2B",
                        "--reference",
                        S2.toString(),
                        "--reference-column",
                        "Human",
                        "--json")
                .json();
        JsonNode viaDefault = CliRun.of(
                        "analyze", "distance", "--input", S2.toString(), "--column", "Gemma 2B", "--json")
                .json();
        assertThat(viaFile.get("distance").asDouble())
                .isCloseTo(viaDefault.get("distance").asDouble(), within(1e-12));
        assertThat(viaDefault.get("reference").asString()).isEqualTo("awad2018");
        assertThat(viaDefault.get("input").asString()).isEqualTo("table");
        JsonNode law = viaDefault.get("dimensions").get(2);
        assertThat(law.get("attribute").asString()).isEqualTo("Law");
        assertThat(law.get("reference").asDouble()).isEqualTo(0.353);
        double shares = 0;
        for (JsonNode dim : viaDefault.get("dimensions")) {
            shares += dim.get("shareOfSquaredDistance").asDouble();
        }
        assertThat(shares).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void responsesGiveTheDistanceOfTheirMaxStratumAmces() throws IOException {
        Path file = dir.resolve("mm.csv");
        CliRun.of(
                "generate",
                "mm",
                "--scenarios",
                "3000",
                "--seed",
                "5",
                "--mode",
                "takemoto",
                "--output",
                file.toString());
        List<AmceRow> rows = new ArrayList<>();
        AmceRowReader.withDefaults().read(file, rows::add);
        double[] amces = AmceEstimator.withDefaults()
                .with(CharactersDefinition.MAX_STRATUM)
                .estimate(rows)
                .vector();
        JsonNode j = CliRun.of("analyze", "distance", "--input", file.toString(), "--json")
                .json();
        assertThat(j.get("input").asString()).isEqualTo("responses");
        assertThat(j.get("characters").asString()).isEqualTo("max-stratum");
        assertThat(j.get("distance").asDouble())
                .isCloseTo(AmceDistance.between(amces, AmceDistance.awad2018()).distance(), within(1e-12));
    }

    @Test
    void tableErrorsNameLineAndColumn() throws IOException {
        CliRun noColumn = CliRun.of("analyze", "distance", "--input", S2.toString());
        assertThat(noColumn.exit()).isEqualTo(1);
        assertThat(noColumn.err()).contains("line 1: expected a column named 'estimate' or exactly two columns");
        Path t = dir.resolve("t.csv");
        Files.writeString(t, "attribute,estimate\nIntervention,0.1\nKindness,0.2\n");
        assertThat(CliRun.of("analyze", "distance", "--input", t.toString()).err())
                .contains("line 3, column attribute: expected one of the nine attribute names");
        Files.writeString(t, "attribute,estimate\nIntervention,high\n");
        assertThat(CliRun.of("analyze", "distance", "--input", t.toString()).err())
                .contains("line 2, column estimate: expected an AMCE (a finite number), found 'high'");
        assertThat(CliRun.of("analyze", "distance", "--input", t.toString(), "--reference", "nope.csv")
                        .exit())
                .isEqualTo(2);
    }

    private static double distance(String column) {
        return CliRun.of("analyze", "distance", "--input", S2.toString(), "--column", column, "--json")
                .json()
                .get("distance")
                .asDouble();
    }
}
