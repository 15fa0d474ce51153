package org.moralbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line built for one subcommand ({@code analyze amce …}: only that command's model) behaves as the
 * whole command line does: the same help, the same usage errors, the same exit codes, for every subcommand.
 */
class MoralbaseCliTest {

    private static final List<List<String>> SUBCOMMANDS = List.of(
            List.of("analyze", "amce"),
            List.of("analyze", "distance"),
            List.of("analyze", "scaling"),
            List.of("analyze", "dvgr"),
            List.of("analyze", "utilities"),
            List.of("analyze", "agreement"),
            List.of("analyze", "scale-reliability"),
            List.of("analyze", "moral-graph"),
            List.of("generate", "mm"));

    @Test
    void oneSubcommandsLineHoldsOnlyItAndAnswersAsTheWholeLine() {
        for (List<String> path : SUBCOMMANDS) {
            CommandLine trimmed = MoralbaseCli.commandLine(path.get(0), path.get(1));
            assertThat(trimmed.getSubcommands()).containsOnlyKeys(path.get(0));
            assertThat(trimmed.getSubcommands().get(path.get(0)).getSubcommands())
                    .as("%s", path)
                    .containsOnlyKeys(path.get(1));
            for (List<String> extra :
                    List.<List<String>>of(List.of("--help"), List.of("--no-such-option"), List.of())) {
                String[] args = java.util.stream.Stream.concat(path.stream(), extra.stream())
                        .toArray(String[]::new);
                assertThat(runOn(MoralbaseCli.commandLine(args), args))
                        .as("moralbase %s", String.join(" ", args))
                        .isEqualTo(runOn(MoralbaseCli.commandLine(), args));
            }
        }
    }

    @Test
    void everySubcommandIsListedAndOnlyANamedOneIsChosen() {
        CommandLine whole = MoralbaseCli.commandLine();
        assertThat(whole.getSubcommands().get("analyze").getSubcommands())
                .containsOnlyKeys(SUBCOMMANDS.stream()
                        .filter(p -> p.get(0).equals("analyze"))
                        .map(p -> p.get(1))
                        .toList());
        assertThat(whole.getSubcommands().get("generate").getSubcommands()).containsOnlyKeys("mm");
        for (String[] args : List.of(
                new String[] {"analyze"},
                new String[] {"analyze", "--help"},
                new String[] {"analyze", "nothing"},
                new String[] {"generate", "amce"},
                new String[] {"amce", "analyze"})) {
            assertThat(MoralbaseCli.commandLine(args)
                            .getSubcommands()
                            .get("analyze")
                            .getSubcommands())
                    .as("%s", String.join(" ", args))
                    .hasSize(8);
            assertThat(runOn(MoralbaseCli.commandLine(args), args)).isEqualTo(runOn(MoralbaseCli.commandLine(), args));
        }
    }

    /** Exit code, stdout and stderr of one run. */
    private static String runOn(CommandLine cli, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return exit + "\n" + out + "\n" + err;
    }
}
