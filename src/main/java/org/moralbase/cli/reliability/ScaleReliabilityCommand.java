package org.moralbase.cli.reliability;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.cli.TextTable;
import org.moralbase.stats.questionnaire.LikertScale;
import org.moralbase.stats.questionnaire.ScaleReliability;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code analyze scale-reliability --input FILE --items FILE --scale MIN-MAX [--json]}: alpha and omega total per
 * subscale (docs/methods.md, "Scale reliability"), reverse-keyed items scored min + max − value first.
 */
@Command(
        name = "scale-reliability",
        mixinStandardHelpOptions = true,
        description = "Cronbach's alpha and McDonald's omega total (one factor) per subscale of a questionnaire: "
                + "answers as a CSV with respondent, item, value; items as a CSV with item, subscale, reverse.")
public final class ScaleReliabilityCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "CSV (or .gz): respondent, item, value")
    Path input;

    @Option(names = "--items", required = true, paramLabel = "FILE", description = "CSV: item, subscale, reverse")
    Path itemFile;

    @Option(
            names = "--scale",
            required = true,
            paramLabel = "MIN-MAX",
            converter = ScaleOption.class,
            description = "the answer scale, e.g. 1-5 or 1-7")
    LikertScale scale;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Inputs.requireReadable(spec.commandLine(), "--input", input);
        Inputs.requireReadable(spec.commandLine(), "--items", itemFile);
        Map<String, QuestionnaireReader.Item> items = QuestionnaireReader.items(itemFile);
        Map<String, Map<String, Double>> answers = QuestionnaireReader.answers(input, items.keySet(), scale);
        ScaleReliabilityReport report = analyse(items, answers);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, report);
        } else {
            print(out, report);
        }
        return 0;
    }

    private ScaleReliabilityReport analyse(
            Map<String, QuestionnaireReader.Item> items, Map<String, Map<String, Double>> answers) {
        Map<String, List<String>> bySubscale = new LinkedHashMap<>();
        items.forEach((id, item) -> bySubscale
                .computeIfAbsent(item.subscale(), s -> new ArrayList<>())
                .add(id));
        List<ScaleReliabilityReport.Subscale> lines = new ArrayList<>();
        bySubscale.forEach((name, ids) -> {
            boolean[] reverse = new boolean[ids.size()];
            for (int i = 0; i < reverse.length; i++) {
                reverse[i] = items.get(ids.get(i)).reverse();
            }
            double[][] raw = answers.values().stream()
                    .map(person -> ids.stream()
                            .mapToDouble(id -> person.getOrDefault(id, Double.NaN))
                            .toArray())
                    .toArray(double[][]::new);
            ScaleReliability r = ScaleReliability.of(scale.score(raw, reverse), ids);
            List<String> reversed =
                    ids.stream().filter(id -> items.get(id).reverse()).toList();
            lines.add(new ScaleReliabilityReport.Subscale(
                    name,
                    ids,
                    reversed,
                    r.respondents(),
                    r.completeRespondents(),
                    r.alpha(),
                    r.omegaTotal(),
                    r.notes()));
        });
        return new ScaleReliabilityReport(scale.min() + "-" + scale.max(), answers.size(), lines);
    }

    private static void print(PrintWriter out, ScaleReliabilityReport r) {
        int items = r.subscales().stream().mapToInt(s -> s.items().size()).sum();
        out.printf(
                "%d respondents, %d items in %d subscales, scale %s%n%n",
                r.respondents(), items, r.subscales().size(), r.scale());
        TextTable table = TextTable.of("subscale", "items", "reversed", "respondents", "complete", "alpha", "omega");
        r.subscales()
                .forEach(s -> table.row(
                        s.subscale(),
                        s.items().size(),
                        s.reverseKeyed().size(),
                        s.respondents(),
                        s.completeRespondents(),
                        s.alpha(),
                        s.omegaTotal()));
        table.print(out);
        r.subscales().forEach(s -> s.notes().forEach(n -> out.println("note: " + s.subscale() + ": " + n)));
        out.flush();
    }
}
