package org.moralbase.cli;

import org.moralbase.cli.agreement.AgreementCommand;
import org.moralbase.cli.amce.AmceCommand;
import org.moralbase.cli.amce.DistanceCommand;
import org.moralbase.cli.dvgr.DvgrCommand;
import org.moralbase.cli.scaling.ScalingCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code moralbase analyze <what>}: the analyses on files. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Run an analysis on a file and print a table, or one JSON object with --json.",
        subcommands = {
            AmceCommand.class,
            DistanceCommand.class,
            ScalingCommand.class,
            DvgrCommand.class,
            org.moralbase.cli.utilities.UtilitiesCommand.class,
            AgreementCommand.class,
            org.moralbase.cli.reliability.ScaleReliabilityCommand.class,
            org.moralbase.cli.moralgraph.MoralGraphCommand.class
        })
final class AnalyzeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "name an analysis: amce, distance, scaling, dvgr, agreement, utilities, scale-reliability or"
                        + " moral-graph");
    }
}
