package org.moralbase.cli.amce;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moralbase.cli.AmceTable;
import org.moralbase.cli.CsvInput;
import org.moralbase.cli.InputException;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.cli.TextTable;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceDistanceResult;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code analyze distance}: D between an AMCE vector and a reference (Takemoto 2026, methods §3). */
@Command(
        name = "distance",
        mixinStandardHelpOptions = true,
        description = "Euclidean distance of nine AMCEs (from a SharedResponses.csv, or an AMCE table) to a "
                + "reference vector (default: Awad 2018 Fig. 2a).")
public final class DistanceCommand implements Callable<Integer> {

    private static final String AWAD = "awad2018";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "SharedResponses.csv or AMCE table")
    Path input;

    @Option(names = "--column", paramLabel = "NAME", description = "value column of an AMCE-table input")
    String column;

    @Option(
            names = "--characters",
            paramLabel = "pooled|max-stratum",
            defaultValue = "max-stratum",
            converter = CharactersOption.class,
            description = "No. Characters for responses; default ${DEFAULT-VALUE}")
    CharactersDefinition characters;

    @Option(
            names = "--reference",
            paramLabel = "awad2018|FILE",
            defaultValue = AWAD,
            description = "reference AMCEs: awad2018 or an AMCE table; default ${DEFAULT-VALUE}")
    String reference;

    @Option(names = "--reference-column", paramLabel = "NAME", description = "value column of the reference table")
    String referenceColumn;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Inputs.requireReadable(cli, "--input", input);
        boolean isAwad = reference.toLowerCase(Locale.ROOT).equals(AWAD);
        Path referenceFile = isAwad ? null : Inputs.requireReadable(cli, "--reference", Path.of(reference));
        boolean responses = isResponses(input);
        double[] amces = responses
                ? AmceScan.scan(input, "UserID")
                        .accumulator()
                        .result(SeType.PLAIN, characters)
                        .vector()
                : AmceTable.read(input, column);
        double[] ref = isAwad ? AmceDistance.awad2018() : AmceTable.read(referenceFile, referenceColumn);
        for (AmceAttribute a : AmceAttribute.values()) {
            if (!Double.isFinite(amces[a.ordinal()])) {
                throw new InputException(
                        input,
                        "the AMCE of " + a.displayName()
                                + " is undefined (no rows at one of its levels), so the distance is undefined");
            }
        }
        AmceDistanceResult d = AmceDistance.between(amces, ref);
        List<DistanceReport.Dimension> dims = new ArrayList<>();
        for (AmceAttribute a : AmceAttribute.values()) {
            var part = d.dimension(a);
            dims.add(new DistanceReport.Dimension(
                    a.displayName(),
                    amces[a.ordinal()],
                    ref[a.ordinal()],
                    part.difference(),
                    part.shareOfSquaredDistance()));
        }
        String refName = isAwad ? AWAD : reference + (referenceColumn == null ? "" : "#" + referenceColumn);
        DistanceReport report = new DistanceReport(
                responses ? "responses" : "table",
                responses ? CharactersOption.name(characters) : null,
                refName,
                d.distance(),
                dims);
        print(cli.getOut(), report);
        return 0;
    }

    // A SharedResponses.csv always has Saved; an AMCE table never needs it.
    private static boolean isResponses(Path file) {
        try (CsvInput csv = CsvInput.open(file)) {
            return csv.has("Saved");
        }
    }

    private void print(PrintWriter out, DistanceReport r) {
        if (json) {
            JsonOutput.print(out, r);
            return;
        }
        out.printf(
                "D = %s (input: %s%s; reference: %s)%n%n",
                TextTable.cell(r.distance()),
                r.input(),
                r.characters() == null ? "" : ", No. Characters " + r.characters(),
                r.reference());
        TextTable table = TextTable.of("attribute", "AMCE", "reference", "difference", "share of D2");
        r.dimensions()
                .forEach(x ->
                        table.row(x.attribute(), x.amce(), x.reference(), x.difference(), x.shareOfSquaredDistance()));
        table.print(out);
    }
}
