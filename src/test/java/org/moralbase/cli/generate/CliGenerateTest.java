package org.moralbase.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import tools.jackson.databind.JsonNode;

/** {@code generate mm}: row counts, reproducibility, gzip, preference tables and their errors. */
class CliGenerateTest {

    @TempDir
    Path dir;

    @Test
    void writesTwoRowsPerScenarioAndTheSameBytesForTheSameSeed() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        JsonNode summary = CliRun.of(
                        "generate", "mm", "--scenarios", "30", "--seed", "7", "--output", a.toString(), "--json")
                .json();
        assertThat(summary.get("rows").asLong()).isEqualTo(60);
        assertThat(summary.get("respondents").asLong()).isEqualTo(3);
        CliRun second = CliRun.of("generate", "mm", "--scenarios", "30", "--seed", "7", "--output", b.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.err()).contains("60 rows");
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(61);
        assertThat(lines.get(0)).startsWith("ResponseID,").contains("DiffNumberOFCharacters");
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        Path c = dir.resolve("c.csv");
        CliRun.of("generate", "mm", "--scenarios", "30", "--seed", "8", "--output", c.toString());
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void aGzNameGivesAGzipFileInTakemotoMode() throws IOException {
        Path gz = dir.resolve("t.csv.gz");
        CliRun run = CliRun.of(
                "generate", "mm", "--scenarios", "20", "--seed", "1", "--mode", "takemoto", "--output", gz.toString());
        assertThat(run.exit()).isZero();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            String text = new String(in.readAllBytes());
            assertThat(text.lines().count()).isEqualTo(41);
            assertThat(text).doesNotContain(",Random,");
        }
    }

    @Test
    void preferencesComeFromAnAmceTableAndItsErrorsNameTheLine() throws IOException {
        Path prefs = dir.resolve("prefs.csv");
        Files.writeString(prefs, """
                attribute,estimate
                Intervention,0
                Relation to AV,0
                Law,0
                Gender,0
                Fitness,0
                Social Value,0
                Age,0.9
                No. Characters,0
                Species,0
                """);
        Path out = dir.resolve("p.csv");
        CliRun ok = CliRun.of(
                "generate",
                "mm",
                "--scenarios",
                "13",
                "--seed",
                "2",
                "--preferences",
                prefs.toString(),
                "--output",
                out.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        Files.writeString(prefs, "attribute,estimate\nIntervention,0\nIntervention,0.1\n");
        CliRun twice = CliRun.of(
                "generate",
                "mm",
                "--scenarios",
                "13",
                "--seed",
                "2",
                "--preferences",
                prefs.toString(),
                "--output",
                out.toString());
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err())
                .contains("line 3, column attribute: expected each attribute once, but it was already on line 2");
        Files.writeString(prefs, "attribute,estimate\nIntervention,0\n");
        CliRun missing = CliRun.of(
                "generate",
                "mm",
                "--scenarios",
                "13",
                "--seed",
                "2",
                "--preferences",
                prefs.toString(),
                "--output",
                out.toString());
        assertThat(missing.err()).contains("missing [Relation to AV, Law,");
    }

    @Test
    void nonsenseArgumentsAreUsageErrors() {
        assertThat(CliRun.of("generate", "mm", "--scenarios", "0", "--seed", "1", "--output", "x.csv")
                        .exit())
                .isEqualTo(2);
        assertThat(CliRun.of("generate", "mm", "--scenarios", "5", "--output", "x.csv")
                        .err())
                .contains("Missing required option: '--seed=S'");
        assertThat(CliRun.of(
                                "generate",
                                "mm",
                                "--scenarios",
                                "5",
                                "--seed",
                                "1",
                                "--mode",
                                "mturk",
                                "--output",
                                "x.csv")
                        .exit())
                .isEqualTo(2);
        assertThat(CliRun.of(
                                "generate",
                                "mm",
                                "--scenarios",
                                "5",
                                "--seed",
                                "1",
                                "--output",
                                dir.resolve("no/such/dir/x.csv").toString())
                        .err())
                .contains("--output: no such directory");
        assertThat(CliRun.of("generate", "pictures").exit()).isEqualTo(2);
    }
}
