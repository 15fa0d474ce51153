package org.moralbase.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        description = "Statistics on files and synthetic data, without a server (docs/cli.md).")
public final class MoralbaseCli implements Runnable {

    /** Exit code for a malformed input file or an analysis that is undefined on it. */
    public static final int EXIT_INPUT = 1;
    /** Exit code for an unexpected failure (a bug). */
    public static final int EXIT_INTERNAL = 3;

    /** The commands and what each runs, in the order {@code --help} lists them. */
    private static final Map<Class<?>, List<Class<?>>> COMMANDS = orderedCommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** True when the first program argument names a command-line command rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.keySet().stream().anyMatch(c -> name(c).equals(args[0]));
    }

    /** Runs the command line on System.out / System.err and returns the exit code. */
    public static int run(String... args) {
        try {
            return commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            // clustered sums grow with the number of clusters; say how to give the JVM more room
            System.err.println("moralbase: out of memory (" + e.getMessage() + "); raise the heap, e.g. "
                    + "MORALBASE_JAVA_OPTS=-Xmx4g ./moralbase …");
            return EXIT_INTERNAL;
        }
    }

    /** The whole command line, every command in it; tests set its out and err writers. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line to run {@code args}: when they start with a command and one of its subcommands ({@code
     * analyze amce …}), only that subcommand is in it, so picocli builds one command's model instead of eleven
     * (about 40 ms of every start, decision 0047); otherwise every command, for the lists of {@code --help} and
     * the messages naming the choices. Usage, help and errors of a subcommand are the same either way ({@code
     * MoralbaseCliTest}).
     */
    public static CommandLine commandLine(String... args) {
        Class<?> chosen = chosenSubcommand(args);
        CommandLine cli = new CommandLine(new MoralbaseCli());
        COMMANDS.forEach((command, subcommands) -> {
            if (chosen == null || subcommands.contains(chosen)) {
                CommandLine c = new CommandLine(command);
                subcommands.stream().filter(s -> chosen == null || s == chosen).forEach(c::addSubcommand);
                cli.addSubcommand(c);
            }
        });
        // after the tree is built: picocli passes these settings down only to the subcommands it already has
        cli.setExecutionExceptionHandler(MoralbaseCli::handle);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** The subcommand {@code args} start with ({@code analyze amce …}), or null. */
    private static Class<?> chosenSubcommand(String[] args) {
        if (args.length < 2) {
            return null;
        }
        return COMMANDS.entrySet().stream()
                .filter(e -> name(e.getKey()).equals(args[0]))
                .flatMap(e -> e.getValue().stream())
                .filter(s -> name(s).equals(args[1]))
                .findFirst()
                .orElse(null);
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static Map<Class<?>, List<Class<?>>> orderedCommands() {
        Map<Class<?>, List<Class<?>>> commands = new LinkedHashMap<>();
        commands.put(AnalyzeCommand.class, AnalyzeCommand.ANALYSES);
        commands.put(GenerateCommand.class, GenerateCommand.KINDS);
        return commands;
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
