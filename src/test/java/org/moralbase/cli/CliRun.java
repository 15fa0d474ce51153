package org.moralbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command line in-process and captures its exit code, stdout and stderr. */
public record CliRun(int exit, String out, String err) {

    /** Reads what the commands print. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Runs {@code moralbase <args>}. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MoralbaseCli.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Asserts success and that stdout is exactly one JSON object on one line, and returns it. */
    public JsonNode json() {
        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        String text = out.strip();
        assertThat(text).as("one line of output").doesNotContain("\n");
        JsonNode node = JSON.readTree(text);
        assertThat(node.isObject()).as("a JSON object").isTrue();
        return node;
    }

    /** A test resource as a file path. */
    public static Path resource(String name) {
        try {
            return Path.of(CliRun.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
