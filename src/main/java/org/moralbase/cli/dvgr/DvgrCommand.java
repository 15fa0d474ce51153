package org.moralbase.cli.dvgr;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.cli.TextTable;
import org.moralbase.stats.PValues;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code analyze dvgr --input FILE [--by COLUMN] [--json]}: DVGR with Wilson CI and binomial test (methods §4). */
@Command(
        name = "dvgr",
        mixinStandardHelpOptions = true,
        description = "Deep Value Generalisation Rate of DVB model-result rows (JSONL or CSV with "
                + "generalized_deep_value), overall and per group.")
public final class DvgrCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON Lines or CSV (or .gz)")
    Path input;

    @Option(
            names = "--by",
            paramLabel = "FIELD",
            description = "group by this field, e.g. model or n_training_examples")
    String by;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Inputs.requireReadable(spec.commandLine(), "--input", input);
        DvgrOutput report = DvgrReader.read(input, by).report(by);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, report);
            return 0;
        }
        TextTable table = TextTable.of(
                by == null ? "group" : by,
                "rows",
                "answered",
                "generalised",
                "unparseable",
                "DVGR",
                "CI low",
                "CI high",
                "p (vs 0.5)");
        for (DvgrOutput.Line line : report.groups()) {
            add(table, line.group(), line);
        }
        add(table, "(all)", report.overall());
        table.print(out);
        return 0;
    }

    private static void add(TextTable table, String name, DvgrOutput.Line l) {
        table.row(
                name,
                l.rows(),
                l.answered(),
                l.generalised(),
                l.unparseable(),
                l.dvgr(),
                l.ciLow(),
                l.ciHigh(),
                PValues.cell(l.pValue() > 0 ? l.pValue() : Math.exp(Math.max(l.logPValue(), -745))));
    }
}
