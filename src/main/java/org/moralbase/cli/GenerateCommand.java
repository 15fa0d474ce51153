package org.moralbase.cli;

import org.moralbase.cli.generate.MmCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code moralbase generate <what>}: synthetic data files. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic data file.",
        subcommands = {MmCommand.class})
final class GenerateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to generate: mm");
    }
}
