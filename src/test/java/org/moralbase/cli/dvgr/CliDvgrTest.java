package org.moralbase.cli.dvgr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import org.moralbase.stats.proportion.Dvgr;
import org.moralbase.stats.proportion.DvgrResult;
import tools.jackson.databind.JsonNode;

/** {@code analyze dvgr} on random result rows, checked against {@link Dvgr} run directly on the same outcomes. */
class CliDvgrTest {

    private static final String[] MODELS = {"model-a", "model-b", "model-c"};
    private static final String[] SPELLINGS_TRUE = {"true", "True", "1", "TRUE"};
    private static final String[] SPELLINGS_FALSE = {"false", "False", "0"};
    private static final String[] UNPARSEABLE = {"", "NA", "maybe"};

    @TempDir
    Path dir;

    private final List<String> models = new ArrayList<>();
    private final List<Boolean> outcomes = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    @BeforeEach
    void drawRows() {
        Random random = new Random(20251103);
        for (int i = 0; i < 500; i++) {
            models.add(MODELS[random.nextInt(MODELS.length)]);
            double u = random.nextDouble();
            Boolean outcome = u < 0.05 ? null : u < 0.35;
            outcomes.add(outcome);
            String[] spellings = outcome == null ? UNPARSEABLE : outcome ? SPELLINGS_TRUE : SPELLINGS_FALSE;
            texts.add(spellings[random.nextInt(spellings.length)]);
        }
    }

    @Test
    void csvResultsGiveTheDvgrOfTheStatsClassOverallAndPerModel() throws IOException {
        StringBuilder csv = new StringBuilder("prompt_id,model,raw_response,generalized_deep_value\n");
        for (int i = 0; i < models.size(); i++) {
            csv.append(i)
                    .append(',')
                    .append(models.get(i))
                    .append(",\"Option A, clearly\",")
                    .append(texts.get(i))
                    .append('\n');
        }
        Path file = dir.resolve("results.csv");
        Files.writeString(file, csv);
        assertMatchesStatsClass(CliRun.of("analyze", "dvgr", "--input", file.toString(), "--by", "model", "--json")
                .json());
    }

    @Test
    void gzippedJsonLinesGiveTheSameResult() throws IOException {
        Path file = dir.resolve("results.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < models.size(); i++) {
                String value =
                        switch (texts.get(i)) {
                            case "true" -> "true";
                            case "0" -> "0";
                            case "" -> "null";
                            default -> "\"" + texts.get(i) + "\"";
                        };
                String line = "{\"prompt_id\":" + i + ",\"model\":\"" + models.get(i) + "\",\"generalized_deep_value\":"
                        + value + "}\n";
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertMatchesStatsClass(CliRun.of("analyze", "dvgr", "--input", file.toString(), "--by", "model", "--json")
                .json());
    }

    private void assertMatchesStatsClass(JsonNode r) {
        DvgrResult all = Dvgr.of(outcomes.stream());
        assertLine(r.get("overall"), all);
        assertThat(r.get("overall").get("rows").asInt()).isEqualTo(500);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            order.add(i);
        }
        Map<String, DvgrResult> byModel = Dvgr.byGroup(order.stream(), models::get, outcomes::get);
        assertThat(r.get("groups").findValuesAsString("group")).containsExactlyElementsOf(byModel.keySet());
        for (JsonNode g : r.get("groups")) {
            assertLine(g, byModel.get(g.get("group").asString()));
        }
    }

    private static void assertLine(JsonNode line, DvgrResult expected) {
        assertThat(line.get("answered").asInt()).isEqualTo(expected.proportion().trials());
        assertThat(line.get("generalised").asInt())
                .isEqualTo(expected.proportion().successes());
        assertThat(line.get("unparseable").asInt()).isEqualTo(expected.unparseable());
        assertThat(line.get("dvgr").asDouble()).isEqualTo(expected.dvgr());
        assertThat(line.get("ciLow").asDouble()).isEqualTo(expected.proportion().ciLow());
        assertThat(line.get("ciHigh").asDouble())
                .isEqualTo(expected.proportion().ciHigh());
        assertThat(line.get("pValue").asDouble())
                .isEqualTo(expected.proportion().pValue());
    }

    @Test
    void aGroupWithNothingAnsweredPrintsNullsNotNaN() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "model,generalized_deep_value\na,true\na,false\nb,NA\n");
        JsonNode r = CliRun.of("analyze", "dvgr", "--input", file.toString(), "--by", "model", "--json")
                .json();
        JsonNode b = r.get("groups").get(1);
        assertThat(b.get("unparseable").asInt()).isEqualTo(1);
        assertThat(b.get("dvgr").isNull()).isTrue();
        assertThat(r.get("overall").get("dvgr").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aBrokenJsonLineNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("r.jsonl");
        Files.writeString(
                file,
                "{\"model\":\"a\",\"generalized_deep_value\":true}\n\n{\"model\":\"a\",\"generalized_deep_value\":tru}\n");
        CliRun run = CliRun.of("analyze", "dvgr", "--input", file.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("moralbase: " + file + ": line 3, column ")
                .contains("expected a JSON object");
    }

    @Test
    void aCsvWithoutTheOutcomeColumnOrAGroupColumnIsRejected() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "model,choice\na,true\n");
        CliRun run = CliRun.of("analyze", "dvgr", "--input", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("line 1, column generalized_deep_value: expected a column named");
        Files.writeString(file, "model,generalized_deep_value\na,true\n");
        CliRun noGroup = CliRun.of("analyze", "dvgr", "--input", file.toString(), "--by", "n_training_examples");
        assertThat(noGroup.err()).contains("column n_training_examples");
    }

    @Test
    void aRowWithTooFewFieldsNamesItsLine() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "model,generalized_deep_value\na,true\nb\n");
        CliRun run = CliRun.of("analyze", "dvgr", "--input", file.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(": line 3: expected 2 fields as in the header, found 1");
    }
}
