package org.moralbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thin command-line jar ({@code target/moralbase-cli.jar} with {@code target/cli-lib}, decision 0021), run as
 * {@code ./moralbase} runs it, in its own JVM: every command answers exactly as the command line in-process does, so no
 * class it needs was left out of the jar or its libraries. Runs after {@code package} (failsafe).
 */
class ThinCliIT {

    @TempDir
    Path dir;

    private static final Path JAR = Path.of("target", "moralbase-cli.jar");

    private static String thin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("exit of %s; stderr: %s", List.of(args), err)
                .isZero();
        return out;
    }

    private void same(String... args) throws IOException, InterruptedException {
        CliRun inProcess = CliRun.of(args);
        assertThat(inProcess.exit())
                .as("in-process exit; stderr: %s", inProcess.err())
                .isZero();
        assertThat(thin(args)).as("moralbase %s", String.join(" ", args)).isEqualTo(inProcess.out());
    }

    @Test
    void everyCommandAnswersFromTheThinJarAsInProcess() throws Exception {
        assertThat(JAR).exists();
        Path mm = dir.resolve("mm.csv.gz");
        thin("generate", "mm", "--scenarios", "300", "--seed", "3", "--output", mm.toString());
        assertThat(mm).isNotEmptyFile();
        same("analyze", "amce", "--input", mm.toString(), "--json");
        same(
                "analyze",
                "amce",
                "--input",
                CliRun.resource("/org/moralbase/stats/amce/amce_rows.csv").toString());
        same(
                "analyze",
                "distance",
                "--input",
                CliRun.resource("/org/moralbase/stats/amce/table_S2.csv").toString(),
                "--column",
                "Gemma 2B",
                "--json");
        same(
                "analyze",
                "scaling",
                "--input",
                CliRun.resource("/takemoto2026/table_S1.csv").toString(),
                "--json");
        Path results = dir.resolve("results.csv");
        Files.writeString(
                results,
                "prompt_id,model,raw_response,generalized_deep_value\n1,a,\"A, clearly\",true\n"
                        + "2,a,B,false\n3,b,A,true\n4,b,A,true\n");
        same("analyze", "dvgr", "--input", results.toString(), "--by", "model", "--json");
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, "item,rater,value\na,r1,x\na,r2,x\nb,r1,y\nb,r2,x\nc,r1,y\nc,r2,y\n");
        same("analyze", "agreement", "--input", ratings.toString(), "--level", "nominal", "--json");
        same(
                "analyze",
                "scale-reliability",
                "--input",
                CliRun.resource("/reference/scale_reliability_answers.csv").toString(),
                "--items",
                CliRun.resource("/reference/scale_reliability_items.csv").toString(),
                "--scale",
                "1-7",
                "--json");
        same(
                "analyze",
                "moral-graph",
                "--input",
                CliRun.resource("/org/moralbase/stats/moralgraph/moral_graph_votes.json")
                        .toString(),
                "--json");
    }
}
