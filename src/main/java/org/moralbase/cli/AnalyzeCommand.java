package org.moralbase.cli;

import java.util.List;
import org.moralbase.cli.agreement.AgreementCommand;
import org.moralbase.cli.amce.AmceCommand;
import org.moralbase.cli.amce.DistanceCommand;
import org.moralbase.cli.dvgr.DvgrCommand;
import org.moralbase.cli.moralgraph.MoralGraphCommand;
import org.moralbase.cli.reliability.ScaleReliabilityCommand;
import org.moralbase.cli.scaling.ScalingCommand;
import org.moralbase.cli.utilities.UtilitiesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code moralbase analyze <what>}: the analyses on files. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Run an analysis on a file and print a table, or one JSON object with --json.")
final class AnalyzeCommand implements Runnable {

    /** The analyses, in the order {@code analyze --help} lists them. */
    static final List<Class<?>> ANALYSES = List.of(
            AmceCommand.class,
            DistanceCommand.class,
            ScalingCommand.class,
            DvgrCommand.class,
            UtilitiesCommand.class,
            AgreementCommand.class,
            ScaleReliabilityCommand.class,
            MoralGraphCommand.class);

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
