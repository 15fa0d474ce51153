package org.moralbase.cli.amce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import org.moralbase.moralmachine.format.AmceRowReader;
import org.moralbase.stats.amce.AmceEstimator;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.AmceRow;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;
import tools.jackson.databind.JsonNode;

/**
 * {@code analyze amce} against R ({@code lm} / {@code sandwich::vcovCL(type = "HC1")}, fixture of
 * {@code src/test/r/amce_reference.R}: 4,500 rows, 11 quoted columns in their own order) to the tolerances of
 * methods §2, and against {@link AmceEstimator} run directly on a generated file.
 */
class CliAmceTest {

    private static final Path ROWS = CliRun.resource("/org/moralbase/stats/amce/amce_rows.csv");
    private static final Path EXPECTED = CliRun.resource("/org/moralbase/stats/amce/amce_expected.csv");

    @TempDir
    Path dir;

    @Test
    void clusteredAndPlainEstimatesMatchR() throws IOException {
        Map<String, CSVRecord> r = expected();
        JsonNode cluster = CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--characters", "pooled", "--json")
                .json();
        JsonNode plain = CliRun.of(
                        "analyze",
                        "amce",
                        "--input",
                        ROWS.toString(),
                        "--se",
                        "plain",
                        "--characters",
                        "pooled",
                        "--json")
                .json();
        assertThat(cluster.get("seType").asString()).isEqualTo("cluster");
        assertThat(plain.get("seType").asString()).isEqualTo("plain");
        assertThat(cluster.get("characters").asString()).isEqualTo("pooled");
        assertThat(cluster.get("estimates").size()).isEqualTo(9);
        for (int i = 0; i < 9; i++) {
            JsonNode c = cluster.get("estimates").get(i);
            CSVRecord want = r.get(c.get("attribute").asString());
            assertThat(want)
                    .as("attribute %s, in §1.1 order", c.get("attribute"))
                    .isNotNull();
            assertThat(c.get("estimate").asDouble()).isCloseTo(d(want, "estimate"), within(1e-9));
            assertRelative(c.get("standardError").asDouble(), d(want, "se_cluster"));
            assertRelative(plain.get("estimates").get(i).get("standardError").asDouble(), d(want, "se_plain"));
            assertThat(c.get("ciLow").asDouble())
                    .isCloseTo(d(want, "estimate") - 1.96 * d(want, "se_cluster"), within(1e-8));
            assertThat(c.get("rows").asLong()).isEqualTo(Long.parseLong(want.get("rows")));
            assertThat(c.get("clusters").asLong()).isEqualTo(Long.parseLong(want.get("clusters")));
        }
        for (int d = 1; d <= 4; d++) {
            JsonNode s = cluster.get("characterStrata").get(d - 1);
            CSVRecord want = r.get("No. Characters d=" + d);
            assertThat(s.get("difference").asInt()).isEqualTo(d);
            assertThat(s.get("estimate").asDouble()).isCloseTo(d(want, "estimate"), within(1e-9));
            assertRelative(s.get("standardError").asDouble(), d(want, "se_cluster"));
            assertThat(s.get("rows").asLong()).isEqualTo(Long.parseLong(want.get("rows")));
        }
        JsonNode max = CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--characters", "max-stratum", "--json")
                .json();
        assertThat(max.get("characters").asString()).isEqualTo("max-stratum");
        // the default is the results page's definition (issue 13: an export gives the page's numbers)
        JsonNode byDefault = CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--json")
                .json();
        assertThat(byDefault.get("characters").asString()).isEqualTo("max-stratum");
        assertThat(byDefault.get("estimates").get(7).get("estimate").asDouble())
                .isEqualTo(max.get("estimates").get(7).get("estimate").asDouble());
        assertThat(max.get("estimates").get(7).get("estimate").asDouble())
                .isCloseTo(d(r.get("No. Characters max-stratum"), "estimate"), within(1e-9));
    }

    @Test
    void theJsonHasExactlyTheDocumentedFields() {
        JsonNode j = CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--json")
                .json();
        assertThat(names(j)).containsExactly("seType", "characters", "estimates", "characterStrata");
        assertThat(names(j.get("estimates").get(0)))
                .containsExactly("attribute", "estimate", "standardError", "ciLow", "ciHigh", "rows", "clusters");
        assertThat(names(j.get("characterStrata").get(0)))
                .containsExactly("difference", "estimate", "standardError", "rows");
    }

    @Test
    void aGeneratedGzipFileGivesWhatTheBatchEstimatorGives() throws IOException {
        Path file = dir.resolve("mm.csv.gz");
        assertThat(CliRun.of("generate", "mm", "--scenarios", "4000", "--seed", "11", "--output", file.toString())
                        .exit())
                .isZero();
        List<AmceRow> rows = new ArrayList<>();
        AmceRowReader.withDefaults().withClusterColumn("ResponseID").read(file, rows::add);
        AmceResult batch = AmceEstimator.withDefaults()
                .with(SeType.CLUSTER)
                .with(CharactersDefinition.MAX_STRATUM)
                .estimate(rows);
        JsonNode j = CliRun.of(
                        "analyze",
                        "amce",
                        "--input",
                        file.toString(),
                        "--cluster-column",
                        "ResponseID",
                        "--characters",
                        "max-stratum",
                        "--json")
                .json();
        for (int i = 0; i < 9; i++) {
            JsonNode e = j.get("estimates").get(i);
            assertThat(e.get("estimate").asDouble())
                    .isCloseTo(batch.estimates().get(i).estimate(), within(1e-12));
            assertRelative(
                    e.get("standardError").asDouble(), batch.estimates().get(i).standardError());
            assertThat(e.get("clusters").asLong())
                    .isEqualTo(batch.estimates().get(i).clusters());
        }
    }

    @Test
    void twoThreadsPrintWhatOneThreadPrints() throws IOException {
        Path file = dir.resolve("mm.csv");
        assertThat(CliRun.of("generate", "mm", "--scenarios", "3000", "--seed", "5", "--output", file.toString())
                        .exit())
                .isZero();
        JsonNode one = CliRun.of("analyze", "amce", "--input", file.toString(), "--threads", "1", "--json")
                .json();
        JsonNode two = CliRun.of("analyze", "amce", "--input", file.toString(), "--threads", "2", "--json")
                .json();
        for (int i = 0; i < 9; i++) {
            JsonNode a = one.get("estimates").get(i);
            JsonNode b = two.get("estimates").get(i);
            assertThat(b.get("estimate").asDouble()).isCloseTo(a.get("estimate").asDouble(), within(1e-12));
            double se = a.get("standardError").asDouble();
            assertThat(b.get("standardError").asDouble()).isCloseTo(se, within(se * 1e-12));
            assertThat(b.get("rows").asLong()).isEqualTo(a.get("rows").asLong());
            assertThat(b.get("clusters").asLong()).isEqualTo(a.get("clusters").asLong());
        }
        CliRun zero = CliRun.of("analyze", "amce", "--input", file.toString(), "--threads", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--threads: expected 1 or more, got 0");
    }

    @Test
    void aBadSavedValueNamesFileLineAndColumnAndPrintsNothing() throws IOException {
        List<String> lines = Files.readAllLines(ROWS);
        lines.set(1234, lines.get(1234).replaceAll(",([01])$", ",7"));
        Path file = dir.resolve("bad.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes());
        }
        CliRun run = CliRun.of("analyze", "amce", "--input", file.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .startsWith("moralbase: ")
                .contains("bad.csv.gz: line 1235, column Saved: expected 0 or 1, found '7'");
        assertThat(run.err().strip()).doesNotContain("\n");
    }

    @Test
    void aMissingClusterColumnOrBadOptionIsReported() {
        CliRun run = CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--cluster-column", "ExtendedSessionID");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("ExtendedSessionID");
        assertThat(CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--se", "robust")
                        .exit())
                .isEqualTo(2);
        assertThat(CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--characters", "most")
                        .err())
                .contains("expected pooled or max-stratum");
    }

    @Test
    void oneClusterGetsANoteSayingWhyThereIsNoClusteredSe() throws IOException {
        Path file = dir.resolve("model.csv");
        List<String> lines = Files.readAllLines(ROWS);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int user = header.indexOf("\"UserID\"") >= 0 ? header.indexOf("\"UserID\"") : header.indexOf("UserID");
        List<String> same = new ArrayList<>(List.of(lines.getFirst()));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            f[user] = "model";
            same.add(String.join(",", f));
        }
        Files.write(file, same);
        CliRun run = CliRun.of("analyze", "amce", "--input", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("no clustered SE: every row has the same UserID (1 cluster)");
        assertThat(CliRun.of("analyze", "amce", "--input", ROWS.toString()).err())
                .doesNotContain("no clustered SE");
    }

    @Test
    void pairsClusterTheTwoRowsOfTakemotosScenariosAsIfTheirIdsWereOne() throws IOException {
        // Takemoto's files: each row its own ResponseID, res_<scenario>_1 / _2, and one UserID for the model
        List<String> lines = Files.readAllLines(ROWS);
        List<String> paired = new ArrayList<>(List.of(lines.getFirst()));
        List<String> stripped = new ArrayList<>(List.of(lines.getFirst()));
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            String scenario = String.format("res_%08d", (i - 1) / 2);
            f[1] = "model";
            f[0] = scenario + "_" + (1 + (i - 1) % 2);
            paired.add(String.join(",", f));
            f[0] = scenario;
            stripped.add(String.join(",", f));
        }
        Path pairedFile = dir.resolve("takemoto.csv");
        Path strippedFile = dir.resolve("scenarios.csv");
        Files.write(pairedFile, paired);
        Files.write(strippedFile, stripped);

        JsonNode byScenario = CliRun.of(
                        "analyze",
                        "amce",
                        "--input",
                        strippedFile.toString(),
                        "--cluster-column",
                        "ResponseID",
                        "--json")
                .json();
        for (String threads : List.of("1", "2")) {
            JsonNode byPairs = CliRun.of(
                            "analyze",
                            "amce",
                            "--input",
                            pairedFile.toString(),
                            "--cluster-column",
                            "ResponseID",
                            "--pairs",
                            "--threads",
                            threads,
                            "--json")
                    .json();
            assertThat(byPairs).as("%s thread(s)", threads).isEqualTo(byScenario);
        }
        JsonNode byRow = CliRun.of(
                        "analyze", "amce", "--input", pairedFile.toString(), "--cluster-column", "ResponseID", "--json")
                .json();
        assertThat(byRow.get("estimates").get(0).get("clusters").asLong())
                .isEqualTo(byRow.get("estimates").get(0).get("rows").asLong()); // without --pairs: a row each
        assertThat(byScenario.get("estimates").get(0).get("clusters").asLong())
                .isLessThan(byRow.get("estimates").get(0).get("clusters").asLong());
    }

    @Test
    void rowsWithoutSavedAreAnErrorOrDroppedAsLmDropsThem() throws IOException {
        List<String> lines = Files.readAllLines(ROWS);
        List<String> missing = new ArrayList<>(List.of(lines.getFirst()));
        List<String> without = new ArrayList<>(List.of(lines.getFirst()));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i % 500 == 7) { // 9 rows: NA, or empty
                missing.add(line.substring(0, line.lastIndexOf(',') + 1) + (i % 1000 == 7 ? "NA" : ""));
            } else {
                missing.add(line);
                without.add(line);
            }
        }
        Path missingFile = dir.resolve("missing.csv");
        Path withoutFile = dir.resolve("without.csv");
        Files.write(missingFile, missing);
        Files.write(withoutFile, without);

        CliRun refused = CliRun.of("analyze", "amce", "--input", missingFile.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("line 8").contains("Saved");
        JsonNode expected = CliRun.of("analyze", "amce", "--input", withoutFile.toString(), "--json")
                .json();
        for (String threads : List.of("1", "2")) {
            CliRun dropped = CliRun.of(
                    "analyze",
                    "amce",
                    "--input",
                    missingFile.toString(),
                    "--drop-missing",
                    "--threads",
                    threads,
                    "--json");
            assertThat(dropped.exit()).isZero();
            assertThat(dropped.err()).contains("9 rows with Saved empty or NA left out");
            assertThat(dropped.json()).as("%s thread(s)", threads).isEqualTo(expected);
        }
    }

    @Test
    void withoutJsonItPrintsAnAlignedTable() {
        CliRun run = CliRun.of("analyze", "amce", "--input", ROWS.toString(), "--se", "plain");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("4,500 rows").contains("Relation to AV").contains("No. Characters, difference");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.propertyNames().forEach(out::add);
        return out;
    }

    private static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-7));
    }

    private static double d(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    private static Map<String, CSVRecord> expected() throws IOException {
        Map<String, CSVRecord> map = new java.util.HashMap<>();
        try (var in = Files.newBufferedReader(EXPECTED)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                map.put(r.get("name"), r);
            }
        }
        return map;
    }
}
