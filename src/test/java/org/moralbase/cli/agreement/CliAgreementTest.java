package org.moralbase.cli.agreement;

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
import org.moralbase.stats.agreement.CohenKappa;
import org.moralbase.stats.agreement.FleissKappa;
import org.moralbase.stats.agreement.Rating;
import tools.jackson.databind.JsonNode;

/**
 * {@code analyze agreement} on Krippendorff's (2011) section C example written in long format: the paper's
 * alphas (nominal 0.743, ordinal 0.815, interval 0.849), and kappas equal to the stats classes run directly.
 */
class CliAgreementTest {

    private static final String NA = null;

    // Krippendorff 2011, section C: 4 coders × 12 units, missing values as null
    private static final String[][] EXAMPLE_C = {
        {"1", "2", "3", "3", "2", "1", "4", "1", "2", NA, NA, NA},
        {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", NA, "3"},
        {NA, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", NA},
        {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", NA}
    };

    @TempDir
    Path dir;

    @Test
    void reproducesKrippendorffsWorkedExampleAtEveryLevel() throws IOException {
        Path file = write(EXAMPLE_C);
        assertThat(alpha(file, "nominal")).isCloseTo(0.743, within(5e-4));
        assertThat(alpha(file, "ordinal")).isCloseTo(0.815, within(5e-4));
        assertThat(alpha(file, "interval")).isCloseTo(0.849, within(5e-4));
        JsonNode r = CliRun.of("analyze", "agreement", "--input", file.toString(), "--level", "nominal", "--json")
                .json();
        assertThat(r.get("items").asInt()).isEqualTo(12);
        assertThat(r.get("raters").asInt()).isEqualTo(4);
        assertThat(r.get("missing").asInt()).isEqualTo(7);
        assertThat(r.get("alpha").get("pairableUnits").asInt()).isEqualTo(11);
        assertThat(r.get("fleissKappa").isNull())
                .as("items have unequal numbers of ratings")
                .isTrue();
        assertThat(r.get("notes").toString()).contains("Fleiss' kappa not computed");
        assertThat(r.get("itemSummaries").isNull()).isTrue();
    }

    @Test
    void twoRatersGetCohenAndFleissEqualToTheStatsClasses() throws IOException {
        String[][] two = {
            {"yes", "no", "yes", "yes", "no", "maybe", "yes", "no"},
            {"yes", "no", "no", "yes", "no", "maybe", "maybe", "no"}
        };
        Path file = write(two);
        List<Rating<String>> ratings = ratings(two);
        JsonNode r = CliRun.of(
                        "analyze", "agreement", "--input", file.toString(), "--level", "NOMINAL", "--items", "--json")
                .json();
        var cohen = CohenKappa.estimate(ratings);
        var fleiss = FleissKappa.estimate(ratings);
        assertThat(r.get("cohenKappa").get("kappa").asDouble()).isEqualTo(cohen.kappa());
        assertThat(r.get("cohenKappa").get("standardError").asDouble()).isEqualTo(cohen.standardError());
        assertThat(r.get("fleissKappa").get("kappa").asDouble()).isEqualTo(fleiss.kappa());
        assertThat(r.get("fleissKappa").get("ratersPerItem").asInt()).isEqualTo(2);
        JsonNode item2 = r.get("itemSummaries").get(2);
        assertThat(item2.get("item").asString()).isEqualTo("u2");
        assertThat(item2.get("majorityLabels").size())
                .as("a tie keeps both labels")
                .isEqualTo(2);
        assertThat(item2.get("entropyBits").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aNonNumberAtIntervalLevelNamesItsLine() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "item,rater,value\na,r1,1\na,r2,2\nb,r1,high\n");
        CliRun run = CliRun.of("analyze", "agreement", "--input", file.toString(), "--level", "interval", "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .isEqualTo(
                        "moralbase: " + file
                                + ": line 4, column value: expected a number (or empty/NA for missing) at this level, found 'high'");
    }

    @Test
    void aBrokenQuoteOrADuplicateRatingIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "item,rater,value\na,r1,1\n\"b,r1,2\n");
        CliRun run = CliRun.of("analyze", "agreement", "--input", file.toString(), "--level", "nominal");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(file + ": line 3").contains("expected well-formed CSV");
        Files.writeString(file, "item,rater,value\na,r1,1\na,r1,2\n");
        CliRun twice = CliRun.of("analyze", "agreement", "--input", file.toString(), "--level", "nominal");
        assertThat(twice.err()).contains("line 3, column rater: expected one rating per item and rater");
    }

    @Test
    void theAnnotationPagesJudgementsExportIsReadOneQuestionAtATime() throws IOException {
        // the export's shape: one row per item, rater and question (AnnotationExportService.judgementsCsv)
        Path export = dir.resolve("judgements.csv");
        Files.writeString(export, """
                item,rater,question,value,time_ms,submitted_at
                C_010,ann1,depth,deep,1200,2026-12-01T10:00:00Z
                C_010,ann1,breadth,4,1200,2026-12-01T10:00:00Z
                C_010,ann2,depth,deep,900,2026-12-01T10:01:00Z
                C_010,ann2,breadth,5,900,2026-12-01T10:01:00Z
                C_011,ann1,depth,shallow,800,2026-12-01T10:02:00Z
                C_011,ann1,breadth,2,800,2026-12-01T10:02:00Z
                C_011,ann2,depth,deep,700,2026-12-01T10:03:00Z
                C_011,ann2,breadth,2,700,2026-12-01T10:03:00Z
                C_012,ann1,depth,shallow,600,2026-12-01T10:04:00Z
                C_012,ann2,depth,shallow,650,2026-12-01T10:05:00Z
                """);
        Path depthOnly = dir.resolve("depth.csv");
        Files.writeString(depthOnly, """
                item,rater,value
                C_010,ann1,deep
                C_010,ann2,deep
                C_011,ann1,shallow
                C_011,ann2,deep
                C_012,ann1,shallow
                C_012,ann2,shallow
                """);

        CliRun both = CliRun.of("analyze", "agreement", "--input", export.toString(), "--level", "nominal");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err())
                .contains("line 3")
                .contains("more than one question (breadth, depth")
                .contains("--question");
        JsonNode depth = CliRun.of(
                        "analyze",
                        "agreement",
                        "--input",
                        export.toString(),
                        "--level",
                        "nominal",
                        "--question",
                        "depth",
                        "--json")
                .json();
        assertThat(depth)
                .isEqualTo(CliRun.of(
                                "analyze", "agreement", "--input", depthOnly.toString(), "--level", "nominal", "--json")
                        .json());
        CliRun none = CliRun.of(
                "analyze", "agreement", "--input", export.toString(), "--level", "nominal", "--question", "width");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("--question width: no ratings of it; the file's questions are breadth, depth");
    }

    @Test
    void anUnknownLevelIsAUsageError() throws IOException {
        Path file = write(EXAMPLE_C);
        CliRun run = CliRun.of("analyze", "agreement", "--input", file.toString(), "--level", "cardinal");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--level").contains("cardinal");
    }

    private double alpha(Path file, String level) {
        return CliRun.of("analyze", "agreement", "--input", file.toString(), "--level", level, "--json")
                .json()
                .get("alpha")
                .get("alpha")
                .asDouble();
    }

    private Path write(String[][] codersByUnits) throws IOException {
        StringBuilder csv = new StringBuilder("rater,item,value,comment\n");
        for (Rating<String> r : ratings(codersByUnits)) {
            csv.append(r.rater())
                    .append(',')
                    .append(r.item())
                    .append(',')
                    .append(r.value() == null ? (r.item().hashCode() % 2 == 0 ? "NA" : "") : r.value())
                    .append(",\"free, text\"\n");
        }
        Path file = dir.resolve("ratings.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static List<Rating<String>> ratings(String[][] codersByUnits) {
        List<Rating<String>> out = new ArrayList<>();
        for (int c = 0; c < codersByUnits.length; c++) {
            for (int u = 0; u < codersByUnits[c].length; u++) {
                out.add(new Rating<>("u" + u, "c" + c, codersByUnits[c][u]));
            }
        }
        return out;
    }
}
