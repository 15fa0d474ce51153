package org.moralbase.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Root of the command line: {@code moralbase analyze …} and {@code moralbase generate …}. Exit codes: 0 done,
 * 1 the input is malformed, unreadable or unwritable, or the analysis is undefined on it, 2 usage error
 * (picocli), 3 internal error.
 */
@Command(
        name = "moralbase",
        mixinStandardHelpOptions = true,
        version = "Moralbase command line",
        description = "Statistics on files and synthetic data, without a server (docs/cli.md).",
        subcommands = {AnalyzeCommand.class, GenerateCommand.class})
public final class MoralbaseCli implements Runnable {

    /** Exit code for a malformed input file or an analysis that is undefined on it. */
    public static final int EXIT_INPUT = 1;
    /** Exit code for an unexpected failure (a bug). */
    public static final int EXIT_INTERNAL = 3;

    private static final Set<String> COMMANDS = Set.of("analyze", "generate");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** True when the first program argument names a command-line command rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command line on System.out / System.err and returns the exit code. */
    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // clustered sums grow with the number of clusters; say how to give the JVM more room
            System.err.println("moralbase: out of memory (" + e.getMessage() + "); raise the heap, e.g. "
                    + "MORALBASE_JAVA_OPTS=-Xmx4g ./moralbase …");
            return EXIT_INTERNAL;
        }
    }

    /** A configured command line; tests set its out and err writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MoralbaseCli());
        cli.setExecutionExceptionHandler(MoralbaseCli::handle);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: analyze or generate");
    }

    // One line on stderr for bad input; a stack trace only for what must be a bug.
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputException input) {
            err.println("moralbase: " + input.getMessage());
            err.flush();
            return EXIT_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("moralbase: " + io.getMessage());
            err.flush();
            return EXIT_INPUT;
        }
        err.println("moralbase: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return EXIT_INTERNAL;
    }
}
