package org.moralbase.cli.utilities;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.moralbase.cli.CsvInput;
import org.moralbase.cli.InputException;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.JsonOutput;
import org.moralbase.cli.TextTable;
import org.moralbase.stats.utility.Coherence;
import org.moralbase.stats.utility.CoherenceMetrics;
import org.moralbase.stats.utility.Pair;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.stats.utility.ThurstonianFit;
import org.moralbase.stats.utility.Utilities;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code analyze utilities --input FILE [--json]}: Thurstonian utilities (docs/methods.md, utilities) of a long CSV
 * with the columns {@code option_a, option_b, choice} ({@code A} or {@code B} as shown; a utility study's votes
 * export has them). Outcomes are numbered in the order they first appear.
 */
@Command(
        name = "utilities",
        mixinStandardHelpOptions = true,
        description = "Thurstonian utilities (Mazeika et al. 2025) of pairwise votes: a CSV with option_a, option_b"
                + " and choice (A or B as shown).")
public final class UtilitiesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV (or .gz)")
    Path input;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the held-out pairs (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the emergent-values shape (utilities, metrics) instead of a table")
    boolean json;

    /** What {@code --json} prints. */
    record Output(Map<String, Map<String, Double>> utilities, Map<String, Object> metrics) {}

    @Override
    public Integer call() {
        Inputs.requireReadable(spec.commandLine(), "--input", input);
        Map<String, Integer> ids = new LinkedHashMap<>();
        Map<Pair, double[]> votes = new LinkedHashMap<>();
        try (CsvInput csv = CsvInput.open(input)) {
            int a = csv.require("option_a");
            int b = csv.require("option_b");
            int choice = csv.require("choice");
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                String first = row.get(a).strip();
                String second = row.get(b).strip();
                if (first.isEmpty() || second.isEmpty()) {
                    throw new InputException(input, row.line(), first.isEmpty() ? "option_a" : "option_b", "is empty");
                }
                if (first.equals(second)) {
                    throw new InputException(input, row.line(), "option_b", "a pair of '" + first + "' with itself");
                }
                String c = row.get(choice).strip();
                if (!c.equals("A") && !c.equals("B")) {
                    throw new InputException(input, row.line(), "choice", "expected A or B, found '" + c + "'");
                }
                int x = ids.computeIfAbsent(first, k -> ids.size());
                int y = ids.computeIfAbsent(second, k -> ids.size());
                Pair p = Pair.of(x, y);
                int winner = c.equals("A") ? x : y;
                double[] v = votes.computeIfAbsent(p, k -> new double[2]);
                v[0] += winner == p.a() ? 1 : 0;
                v[1]++;
            }
        }
        if (votes.isEmpty()) {
            throw new InputException(input, "expected at least one vote, found none");
        }
        List<PairVotes> pairs = new ArrayList<>();
        votes.forEach((p, v) -> pairs.add(new PairVotes(p.a(), p.b(), v[0], v[1])));
        Utilities fit = ThurstonianFit.withDefaults().fit(ids.size(), pairs);
        Coherence coherence = pairs.size() < 2 ? null : CoherenceMetrics.of(ids.size(), pairs, seed);
        List<String> names = new ArrayList<>(ids.keySet());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Map<String, Double>> utilities = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                utilities.put(names.get(i), Map.of("mean", fit.mean()[i], "variance", fit.variance()[i]));
            }
            JsonOutput.print(out, new Output(utilities, metrics(pairs.size(), fit, coherence)));
            return 0;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -fit.mean()[i]));
        TextTable table = TextTable.of("outcome", "mean", "variance");
        order.forEach(i -> table.row(names.get(i), fit.mean()[i], fit.variance()[i]));
        table.print(out);
        out.println();
        TextTable metrics = TextTable.of("metric", "value");
        metrics(pairs.size(), fit, coherence).forEach(metrics::row);
        metrics.print(out);
        return 0;
    }

    private static Map<String, Object> metrics(int pairs, Utilities fit, Coherence c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", pairs);
        m.put("loss", fit.loss());
        if (c != null) {
            m.put("holdout_accuracy", c.heldOutAccuracy());
            m.put("holdout_log_loss", c.heldOutLogLoss());
            m.put("holdout_pairs", c.heldOutPairs());
            m.put("confidence", c.confidence());
            m.put("log10_cycle_probability", c.log10CycleProbability());
            m.put("triads", c.triads());
        }
        return m;
    }
}
