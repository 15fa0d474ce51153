package org.moralbase.cli.agreement;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.moralbase.cli.InputException;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.cli.TextTable;
import org.moralbase.stats.agreement.AlphaEstimate;
import org.moralbase.stats.agreement.CohenKappa;
import org.moralbase.stats.agreement.CohenKappaEstimate;
import org.moralbase.stats.agreement.FleissKappa;
import org.moralbase.stats.agreement.FleissKappaEstimate;
import org.moralbase.stats.agreement.ItemSummaries;
import org.moralbase.stats.agreement.KrippendorffAlpha;
import org.moralbase.stats.agreement.Metric;
import org.moralbase.stats.agreement.Rating;
import org.moralbase.stats.agreement.ReliabilityData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code analyze agreement --input FILE --level L [--items] [--json]}: methods §5 on long-format ratings. */
@Command(
        name = "agreement",
        mixinStandardHelpOptions = true,
        description = "Krippendorff's alpha, and Fleiss' / Cohen's kappa where they apply (nominal), of "
                + "long-format ratings: a CSV with columns item, rater, value.")
public final class AgreementCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV (or .gz): item, rater, value")
    Path input;

    @Option(
            names = "--level",
            required = true,
            paramLabel = "LEVEL",
            description = "measurement level: ${COMPLETION-CANDIDATES}")
    Metric level;

    @Option(
            names = "--question",
            paramLabel = "CODE",
            description = "with a 'question' column (the annotation page's judgements export): the question to read")
    String question;

    @Option(names = "--items", description = "add a per-item summary (majority label, share, entropy)")
    boolean items;

    @Option(names = "--json", description = "print one JSON object instead of tables")
    boolean json;

    @Override
    public Integer call() {
        Inputs.requireReadable(spec.commandLine(), "--input", input);
        AgreementReport report = analyse(RatingsReader.read(input, question));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, report);
        } else {
            print(out, report);
        }
        return 0;
    }

    private AgreementReport analyse(List<RatingsReader.Read> reads) {
        List<Rating<String>> labels =
                reads.stream().map(RatingsReader.Read::rating).toList();
        Set<String> itemIds = new HashSet<>();
        Set<String> raterIds = new HashSet<>();
        int missing = 0;
        for (Rating<String> r : labels) {
            itemIds.add(r.item());
            raterIds.add(r.rater());
            missing += r.value() == null ? 1 : 0;
        }
        ReliabilityData data = level == Metric.NOMINAL
                ? ReliabilityData.fromLabels(labels)
                : ReliabilityData.fromRatings(RatingsReader.numeric(input, reads));
        AlphaEstimate alpha;
        try {
            alpha = KrippendorffAlpha.of(level).estimate(data);
        } catch (IllegalArgumentException e) {
            throw new InputException(input, "Krippendorff's alpha is undefined on these ratings: " + e.getMessage());
        }
        List<String> notes = new ArrayList<>();
        FleissKappaEstimate fleiss = null;
        CohenKappaEstimate cohen = null;
        if (level == Metric.NOMINAL) {
            fleiss = attempt("Fleiss' kappa", () -> FleissKappa.estimate(labels), notes);
            if (raterIds.size() == 2) {
                cohen = attempt("Cohen's kappa", () -> CohenKappa.estimate(labels), notes);
            } else {
                notes.add("Cohen's kappa not computed: it needs exactly two raters, found " + raterIds.size());
            }
        } else {
            notes.add("Fleiss' and Cohen's kappa are nominal statistics: use --level nominal for them");
        }
        List<AgreementReport.ItemLine> summaries = !items
                ? null
                : ItemSummaries.summarise(labels).stream()
                        .map(s -> new AgreementReport.ItemLine(
                                s.item(), s.majorityLabels(), s.majorityShare(), s.entropyBits(), s.ratings()))
                        .toList();
        return new AgreementReport(
                level.name().toLowerCase(Locale.ROOT),
                itemIds.size(),
                raterIds.size(),
                labels.size() - missing,
                missing,
                alpha,
                fleiss,
                cohen,
                summaries,
                notes);
    }

    private static <T> T attempt(String what, java.util.function.Supplier<T> statistic, List<String> notes) {
        try {
            return statistic.get();
        } catch (IllegalArgumentException e) {
            notes.add(what + " not computed: " + e.getMessage());
            return null;
        }
    }

    private static void print(PrintWriter out, AgreementReport r) {
        out.printf(
                "%d items, %d raters, %d ratings (%d missing), level %s%n%n",
                r.items(), r.raters(), r.ratings(), r.missing(), r.level());
        TextTable table = TextTable.of("statistic", "value", "SE", "observed", "expected", "n");
        AlphaEstimate a = r.alpha();
        table.row("Krippendorff's alpha", a.alpha(), null, a.observedDisagreement(), a.expectedDisagreement(), (long)
                a.pairableValues());
        if (r.fleissKappa() != null) {
            var f = r.fleissKappa();
            table.row("Fleiss' kappa", f.kappa(), null, f.meanObservedAgreement(), f.expectedAgreement(), f.items());
        }
        if (r.cohenKappa() != null) {
            var c = r.cohenKappa();
            table.row(
                    "Cohen's kappa",
                    c.kappa(),
                    c.standardError(),
                    c.observedAgreement(),
                    c.expectedAgreement(),
                    c.items());
        }
        table.print(out);
        r.notes().forEach(n -> out.println("note: " + n));
        if (r.itemSummaries() != null) {
            out.println();
            TextTable per = TextTable.of("item", "majority", "share", "entropy (bits)", "ratings");
            r.itemSummaries()
                    .forEach(s -> per.row(
                            s.item(),
                            String.join(" | ", s.majorityLabels()),
                            s.majorityShare(),
                            s.entropyBits(),
                            s.ratings()));
            per.print(out);
        }
        out.flush();
    }
}
