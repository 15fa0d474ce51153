package org.moralbase.cli.scaling;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.cli.TextTable;
import org.moralbase.stats.PValues;
import org.moralbase.stats.regression.Coefficient;
import org.moralbase.stats.scaling.ScalingAnalysis;
import org.moralbase.stats.scaling.ScalingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code analyze scaling --input FILE [--json]}: methods §3 on a table shaped like Takemoto 2026 table S1. */
@Command(
        name = "scaling",
        mixinStandardHelpOptions = true,
        description = "Power law, alternatives, Spearman, families, mixed model and spread of D by size "
                + "(Takemoto 2026) on a table with columns Model, Size, Reasoning, ReleaseDate, Distance.")
public final class ScalingCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV (or .gz) like table_S1.csv")
    Path input;

    @Option(names = "--json", description = "print one JSON object instead of tables")
    boolean json;

    @Override
    public Integer call() {
        Inputs.requireReadable(spec.commandLine(), "--input", input);
        ScalingReport report = ScalingAnalysis.run(ScalingTableReader.read(input));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, report);
        } else {
            print(out, report);
        }
        return 0;
    }

    private static void print(PrintWriter out, ScalingReport r) {
        out.printf("Scaling analysis of %d models (methods §3)%n%n", r.n());
        TextTable fits = TextTable.of("form", "formula", "R2", "AIC (own scale)", "AIC (D scale)");
        r.alternatives().forEach(a -> fits.row(a.name(), a.formula(), a.rSquared(), a.aic(), a.aicOnDistanceScale()));
        fits.print(out);
        var p = r.powerLaw();
        out.printf(
                "%npower law: alpha %s (SE %s), intercept %s, R2 %s, p %s, n %d%n",
                TextTable.cell(p.alpha()),
                TextTable.cell(p.alphaStandardError()),
                TextTable.cell(p.intercept()),
                TextTable.cell(p.rSquared()),
                PValues.cell(p.pValue()),
                p.n());
        out.printf(
                "Spearman rho(S, D) %s, p %s%n%n",
                TextTable.cell(r.spearman().rho()), PValues.cell(r.spearman().pValue()));
        TextTable families = TextTable.of("family", "models");
        r.families().forEach(f -> families.row(f.family(), f.models()));
        families.print(out);
        if (r.mixedModel() != null) {
            var m = r.mixedModel();
            out.printf(
                    "%nmixed model (REML): %s, n %d, %d families; df: %s%n",
                    m.formula(), m.n(), m.groups(), m.dfMethod());
            TextTable fixed = TextTable.of("term", "estimate", "SE", "df", "t", "p");
            for (Coefficient c : m.fixedEffects()) {
                fixed.row(c.name(), c.estimate(), c.standardError(), c.df(), c.tValue(), PValues.cell(c.pValue()));
            }
            fixed.print(out);
            var v = m.varianceComponents();
            out.printf(
                    "random effects: intercept SD %s, slope SD %s, correlation %s, residual SD %s; singular: %s%n",
                    TextTable.cell(v.interceptSd()),
                    TextTable.cell(v.slopeSd()),
                    TextTable.cell(v.correlation()),
                    TextTable.cell(v.residualSd()),
                    m.singular() ? "yes" : "no");
        }
        out.println();
        TextTable bins = TextTable.of("size", "n", "mean D", "SD D");
        r.sizeBins().forEach(b -> bins.row(b.bin(), b.n(), b.meanDistance(), b.sdDistance()));
        bins.print(out);
        out.printf(
                "Spearman rho(S, |power-law residual|) %s, p %s%n",
                TextTable.cell(r.residualSpread().rho()),
                PValues.cell(r.residualSpread().pValue()));
        r.notes().forEach(n -> out.println("note: " + n));
        out.flush();
    }
}
