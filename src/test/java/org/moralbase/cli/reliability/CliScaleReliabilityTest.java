package org.moralbase.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import tools.jackson.databind.JsonNode;

/**
 * {@code analyze scale-reliability} on the psych fixture (src/test/r/scale_reliability_reference.R: R 4.2.2, psych
 * 2.2.9): raw alpha to 1e-12 and omega total to 5e-6 of psych, whose L-BFGS-B stopping rule leaves up to 2.4e-6
 * (ScaleReliabilityTest pins the converged optimum to 1e-10).
 */
class CliScaleReliabilityTest {

    @TempDir
    Path dir;

    private static final Path ANSWERS = CliRun.resource("/reference/scale_reliability_answers.csv");
    private static final Path ITEMS = CliRun.resource("/reference/scale_reliability_items.csv");

    @Test
    void theJsonCarriesPsychsAlphaAndOmegaPerSubscale() throws IOException {
        JsonNode json = run(ANSWERS, ITEMS, "1-7", "--json").json();
        assertThat(json.get("scale").asString()).isEqualTo("1-7");
        assertThat(json.get("respondents").asInt()).isEqualTo(240);
        List<String> expected = Files.readAllLines(CliRun.resource("/reference/scale_reliability_expected.csv"));
        JsonNode subscales = json.get("subscales");
        assertThat(subscales).hasSize(expected.size() - 1);
        for (int s = 1; s < expected.size(); s++) {
            String[] e = expected.get(s).split(",");
            JsonNode line = subscales.get(s - 1);
            assertThat(line.get("subscale").asString()).isEqualTo(e[0]);
            assertThat(line.get("items")).hasSize(Integer.parseInt(e[1]));
            assertThat(line.get("completeRespondents").asInt()).isEqualTo(Integer.parseInt(e[2]));
            assertThat(line.get("alpha").asDouble()).isCloseTo(Double.parseDouble(e[3]), within(1e-12));
            if (e[4].equals("NA")) {
                assertThat(line.get("omegaTotal").isNull()).isTrue();
                assertThat(line.get("notes").get(0).asString()).contains("omega needs at least 3 items");
            } else {
                assertThat(line.get("omegaTotal").asDouble()).isCloseTo(Double.parseDouble(e[4]), within(5e-6));
            }
        }
        assertThat(subscales.get(0).get("reverseKeyed").get(0).asString()).isEqualTo("care_3");
    }

    @Test
    void theTableListsEverySubscaleAndWhyOmegaIsMissing() {
        CliRun run = run(ANSWERS, ITEMS, "1-7");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("240 respondents, 14 items in 4 subscales, scale 1-7");
        assertThat(run.out()).contains("care").contains("0.7913").contains("0.7934");
        assertThat(run.out()).contains("note: purity: omega needs at least 3 items");
    }

    @Test
    void badAnswersAreNamedByLineAndColumn() throws IOException {
        Path items = Files.writeString(dir.resolve("items.csv"), "item,subscale,reverse\nq1,a,no\nq2,a,YES\nq3,a,0\n");
        assertThat(error("respondent,item,value\np1,q1,3\np1,q2,9\n", items, "1-7"))
                .contains(
                        "line 3, column value: expected a point of the scale 1-7 (or empty/NA for missing), found '9'");
        assertThat(error("respondent,item,value\np1,q1,2.5\n", items, "1-7")).contains("line 2, column value");
        assertThat(error("respondent,item,value\np1,q9,3\n", items, "1-7"))
                .contains("line 2, column item: expected an item of the item file, found 'q9'");
        assertThat(error("respondent,item,value\np1,q1,3\np2,q1,3\np1,q1,4\n", items, "1-7"))
                .contains("line 4, column item")
                .contains("second one by 'p1' to 'q1' (first at line 2)");
        assertThat(error("who,item,value\np1,q1,3\n", items, "1-7")).contains("'respondent'");
    }

    @Test
    void aBadItemFileIsNamedByLineAndColumn() throws IOException {
        Path answers = Files.writeString(dir.resolve("answers.csv"), "respondent,item,value\np1,q1,3\n");
        Path items = Files.writeString(dir.resolve("bad.csv"), "item,subscale,reverse\nq1,a,no\nq2,a,maybe\n");
        CliRun run = run(answers, items, "1-5");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("line 3, column reverse: expected true/false, 1/0 or yes/no, found 'maybe'");
        Path twice = Files.writeString(dir.resolve("twice.csv"), "item,subscale,reverse\nq1,a,no\nq1,b,no\n");
        assertThat(run(answers, twice, "1-5").err())
                .contains("line 3, column item")
                .contains("first at line 2");
    }

    @Test
    void aBadScaleIsAUsageError() throws IOException {
        Path answers = Files.writeString(dir.resolve("answers.csv"), "respondent,item,value\np1,q1,3\n");
        Path items = Files.writeString(dir.resolve("items.csv"), "item,subscale,reverse\nq1,a,no\n");
        for (String scale : List.of("7", "7-1", "1..7", "a-b")) {
            CliRun run = run(answers, items, scale);
            assertThat(run.exit()).as(scale).isEqualTo(2);
            assertThat(run.err()).as(scale).contains("--scale").contains(scale);
        }
    }

    private String error(String answers, Path items, String scale) throws IOException {
        CliRun run = run(Files.writeString(dir.resolve("answers.csv"), answers), items, scale);
        assertThat(run.exit()).isEqualTo(1);
        return run.err();
    }

    private static CliRun run(Path answers, Path items, String scale, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "analyze",
                "scale-reliability",
                "--input",
                answers.toString(),
                "--items",
                items.toString(),
                "--scale",
                scale));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }
}
