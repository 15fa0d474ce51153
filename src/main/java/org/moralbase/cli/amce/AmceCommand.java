package org.moralbase.cli.amce;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.cli.TextTable;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code analyze amce}: the nine AMCEs of Awad 2018 (methods §2) from a SharedResponses.csv. */
@Command(
        name = "amce",
        mixinStandardHelpOptions = true,
        description = "AMCEs (Awad et al. 2018) of a SharedResponses.csv (plain or gzip), streamed.")
public final class AmceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "SharedResponses.csv (or .gz)")
    Path input;

    @Option(
            names = "--se",
            paramLabel = "plain|cluster",
            defaultValue = "cluster",
            description = "standard error: plain (summary(lm)) or cluster (CR1); default ${DEFAULT-VALUE}")
    SeType se;

    @Option(
            names = "--cluster-column",
            paramLabel = "COLUMN",
            defaultValue = "UserID",
            description = "clustering unit for --se cluster; default ${DEFAULT-VALUE}")
    String clusterColumn;

    @Option(
            names = "--characters",
            paramLabel = "pooled|max-stratum",
            defaultValue = "max-stratum",
            converter = CharactersOption.class,
            description = "No. Characters definition; default ${DEFAULT-VALUE}, as the results page and Awad's Fig. 2a")
    CharactersDefinition characters;

    @Option(
            names = "--pairs",
            description = "cluster the two rows of a scenario together: a trailing _1 or _2 of the cluster value is"
                    + " dropped (Takemoto's ResponseID res_00000000_1 / _2; use with --cluster-column ResponseID)")
    boolean pairs;

    @Option(
            names = "--drop-missing",
            description = "leave out rows whose Saved is empty or NA, as R's lm does, and say how many (otherwise"
                    + " such a row is an error naming its line)")
    boolean dropMissing;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "threads reading the input; default: the available processors")
    Integer threads;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Inputs.requireReadable(spec.commandLine(), "--input", input);
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--threads: expected 1 or more, got " + threads);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        AmceScan.Scanned scanned = AmceScan.scan(input, clusterColumn, pairs, dropMissing, n);
        if (scanned.read().droppedMissingSaved() > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "moralbase: note: %,d rows with Saved empty or NA left out (--drop-missing)%n",
                            scanned.read().droppedMissingSaved());
        }
        AmceResult result = scanned.accumulator().result(se, characters);
        AmceReport report = AmceReport.of(result);
        PrintWriter out = spec.commandLine().getOut();
        if (se == SeType.CLUSTER && scanned.read().clusters() < 2) {
            // CR1 divides by G − 1: with one cluster there is no clustered SE, and the table would only say NA
            spec.commandLine()
                    .getErr()
                    .printf(
                            "moralbase: note: no clustered SE: every row has the same %s (%,d cluster), as in a"
                                    + " model's file; use --se plain, or --cluster-column ResponseID (with --pairs"
                                    + " where its values end in _1 and _2)%n",
                            clusterColumn, scanned.read().clusters());
        }
        if (json) {
            JsonOutput.print(out, report);
            return 0;
        }
        out.printf(
                "%,d rows, %,d clusters (%s); SE %s; No. Characters %s%n%n",
                scanned.read().rows(), scanned.read().clusters(), clusterColumn, report.seType(), report.characters());
        TextTable table = TextTable.of("attribute", "AMCE", "SE", "CI low", "CI high", "rows", "clusters");
        report.estimates()
                .forEach(e -> table.row(
                        e.attribute(), e.estimate(), e.standardError(), e.ciLow(), e.ciHigh(), e.rows(), e.clusters()));
        table.print(out);
        out.println();
        TextTable strata = TextTable.of("No. Characters, difference", "AMCE", "SE", "rows");
        report.characterStrata().forEach(s -> strata.row(s.difference(), s.estimate(), s.standardError(), s.rows()));
        strata.print(out);
        return 0;
    }
}
