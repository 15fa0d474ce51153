package org.moralbase.cli;

import java.util.List;
import org.moralbase.cli.generate.MmCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code moralbase generate <what>}: synthetic data files. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a synthetic data file.")
final class GenerateCommand implements Runnable {

    /** What it generates. */
    static final List<Class<?>> KINDS = List.of(MmCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to generate: mm");
    }
}
