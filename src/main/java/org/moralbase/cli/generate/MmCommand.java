package org.moralbase.cli.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moralbase.cli.AmceTable;
import org.moralbase.cli.InputException;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.simulation.SimulatedRespondents;
import org.moralbase.moralmachine.simulation.SimulationSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate mm}: a seeded synthetic SharedResponses.csv answered by simulated respondents. */
@Command(
        name = "mm",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic SharedResponses.csv (gzip if the name ends in .gz): N scenarios, "
                + "two rows each, answered by respondents following given AMCEs.")
public final class MmCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenarios", required = true, paramLabel = "N", description = "number of scenarios (rows = 2N)")
    int scenarios;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "random seed; same seed, same file")
    long seed;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "awad",
            description = "scenario design (methods §1.3): ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}")
    GeneratorMode mode;

    @Option(
            names = "--preferences",
            paramLabel = "awad2018|FILE",
            defaultValue = "awad2018",
            description = "the AMCEs respondents follow: awad2018 or an AMCE table (docs/cli.md)")
    String preferences;

    @Option(names = "--preferences-column", paramLabel = "NAME", description = "value column of the AMCE table")
    String preferencesColumn;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "file to write")
    Path output;

    @Option(names = "--json", description = "print the summary as one JSON object on stdout")
    boolean json;

    /** What was written. */
    public record Summary(long scenarios, long rows, long respondents, String output) {}

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        if (scenarios < 1) {
            throw new CommandLine.ParameterException(cli, "--scenarios must be at least 1, got " + scenarios);
        }
        double[] amces = null;
        if (!preferences.toLowerCase(Locale.ROOT).equals("awad2018")) {
            amces = AmceTable.read(
                    Inputs.requireReadable(cli, "--preferences", Path.of(preferences)), preferencesColumn);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(cli, "--output: no such directory: " + parent);
        }
        SimulationSummary s;
        try {
            s = SimulatedRespondents.generate(scenarios, seed, mode, amces, output);
        } catch (IOException e) {
            throw new InputException("cannot write " + output + ": " + e.getMessage(), e);
        }
        Summary summary = new Summary(s.scenarios(), s.rows(), s.respondents(), output.toString());
        if (json) {
            JsonOutput.print(cli.getOut(), summary);
        } else {
            cli.getErr()
                    .printf(
                            "wrote %s: %,d scenarios, %,d rows, %,d respondents (%s mode, seed %d)%n",
                            output,
                            s.scenarios(),
                            s.rows(),
                            s.respondents(),
                            mode.name().toLowerCase(Locale.ROOT),
                            seed);
            cli.getErr().flush();
        }
        return 0;
    }
}
