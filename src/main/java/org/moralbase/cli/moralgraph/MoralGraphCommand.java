package org.moralbase.cli.moralgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.moralbase.cli.InputException;
import org.moralbase.cli.Inputs;
import org.moralbase.cli.TextTable;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.moralgraph.format.GraphFiles;
import org.moralbase.moralgraph.format.MoralGraphFile;
import org.moralbase.moralgraph.format.ValueCard;
import org.moralbase.moralgraph.format.VoteFiles;
import org.moralbase.stats.moralgraph.EdgeRules;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphEdge;
import org.moralbase.stats.moralgraph.MoralGraphScoring;
import org.moralbase.stats.moralgraph.RankedValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code analyze moral-graph --input FILE [--json]}: MGE's moral graph (docs/methods.md, "Moral graph") of raw vote
 * records ({@code fromId, toId, contextId, type|relationship}) or of an MGE graph file ({@code values[]},
 * {@code edges[]} with counts: rules and PageRank are applied to its counts again). The kind of file is told from its
 * content.
 */
@Command(
        name = "moral-graph",
        mixinStandardHelpOptions = true,
        description = "MGE's moral graph (Klingefjord, Lowe & Edelman 2024): edges kept by MGE's rules and the values"
                + " ranked by weighted PageRank, from raw votes (fromId, toId, contextId, type) or a graph file.")
public final class MoralGraphCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON (or .gz): votes or a graph")
    Path input;

    @Option(names = "--top", defaultValue = "20", description = "values listed in the table (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--json", description = "print MGE's summary shape (values with pageRank, kept edges)")
    boolean json;

    @Override
    public Integer call() {
        Inputs.requireReadable(spec.commandLine(), "--input", input);
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        DatasetSource source = DatasetSource.of(input.toString(), bytes(input));
        MoralGraphScoring scoring = MoralGraphScoring.withDefaults();
        List<ValueCard> cards;
        MoralGraph graph;
        try {
            if (VoteFiles.looksLikeVotes(new String(source.content(), StandardCharsets.UTF_8))) {
                cards = List.of();
                graph = scoring.score(VoteFiles.read(source));
            } else {
                MoralGraphFile file = GraphFiles.read(source);
                cards = file.values();
                graph = scoring.scoreEdges(file.edges(), 0);
            }
        } catch (ImportException e) {
            throw new InputException(String.join("; ", e.messages()), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(GraphFiles.summary(graph, cards));
            out.flush();
            return 0;
        }
        print(out, graph, cards, scoring.rules());
        return 0;
    }

    private void print(PrintWriter out, MoralGraph graph, List<ValueCard> cards, EdgeRules rules) {
        Map<Long, String> titles = new HashMap<>();
        cards.forEach(c -> titles.put(c.id(), c.title()));
        out.printf(
                "%s %d pairs, %d edges kept (≥ %d upgrade votes, wiserLikelihood ≥ %s, entropy ≤ %s),"
                        + " %d values ranked%n%n",
                graph.votes() > 0 ? graph.votes() + " votes on" : "graph file of",
                graph.allEdges().size(),
                graph.edges().size(),
                rules.minWiser(),
                rules.minWiserLikelihood(),
                rules.maxEntropy(),
                graph.pageRank().size());
        TextTable values = TextTable.of("rank", "value", "title", "pageRank");
        List<RankedValue> ranking = graph.ranking();
        for (int i = 0; i < Math.min(top, ranking.size()); i++) {
            RankedValue v = ranking.get(i);
            values.row(i + 1, v.id(), titles.getOrDefault(v.id(), ""), v.pageRank());
        }
        values.print(out);
        out.println();
        TextTable edges = TextTable.of(
                "source",
                "wiser",
                "wiser_votes",
                "not_wiser",
                "less_wise",
                "unsure",
                "impressions",
                "wiserLikelihood",
                "entropy",
                "contexts");
        for (MoralGraphEdge e : graph.edges()) {
            edges.row(
                    e.sourceValueId(),
                    e.wiserValueId(),
                    e.counts().markedWiser(),
                    e.counts().markedNotWiser(),
                    e.counts().markedLessWise(),
                    e.counts().markedUnsure(),
                    e.counts().impressions(),
                    e.summary().wiserLikelihood(),
                    e.summary().entropy(),
                    String.join(" | ", e.contexts()));
        }
        edges.print(out);
        out.flush();
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = Inputs.open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
