package org.moralbase.moralgraph.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphScoring;
import org.moralbase.stats.moralgraph.TransitionVote;

/**
 * Not a test: the time to import and score MGE-shaped files (docs/benchmarks.md, "Moral graph import"): a graph file
 * of 500 cards and 2,000 edges, and 10,000 raw votes on 1,500 pairs of the same 500 cards ({@link GeneratedMgeFiles}).
 * Each of five rounds reads the file (decode, parse, check), scores it (rules, PageRank) and writes MGE's summary, and
 * prints each step's wall time; round 1 is a cold JVM. Run after {@code mvn test-compile}: {@code java -cp
 * target/classes:target/test-classes:$(cat target/cp.txt) org.moralbase.moralgraph.format.MoralGraphImportBenchmark
 * [cards edges votes [dir]]}; with a directory it also writes {@code mge-graph.json} and {@code mge-votes.json} there,
 * for timing {@code ./moralbase analyze moral-graph} on them.
 */
public final class MoralGraphImportBenchmark {

    private MoralGraphImportBenchmark() {}

    /** Runs the benchmark; arguments override the numbers of cards, edges (and vote pairs) and votes. */
    public static void main(String[] args) throws java.io.IOException {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int votes = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        byte[] graph = GeneratedMgeFiles.graph(cards, edges, 15).getBytes(StandardCharsets.UTF_8);
        byte[] voteFile = GeneratedMgeFiles.votes(cards, Math.min(edges, 1_500), votes, 15)
                .getBytes(StandardCharsets.UTF_8);
        if (args.length > 3) {
            java.nio.file.Files.write(java.nio.file.Path.of(args[3], "mge-graph.json"), graph);
            java.nio.file.Files.write(java.nio.file.Path.of(args[3], "mge-votes.json"), voteFile);
        }
        System.out.printf(
                "graph file: %d cards, %d edges, %.1f MB; vote file: %d votes, %.1f MB%n",
                cards, edges, graph.length / 1e6, votes, voteFile.length / 1e6);
        MoralGraphScoring scoring = MoralGraphScoring.withDefaults();
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            MoralGraphFile file = GraphFiles.read(DatasetSource.of("graph.json", graph));
            long t1 = System.nanoTime();
            MoralGraph g = scoring.scoreEdges(file.edges(), 0);
            long t2 = System.nanoTime();
            String summary = GraphFiles.summary(g, file.values());
            long t3 = System.nanoTime();
            List<TransitionVote> read = VoteFiles.read(DatasetSource.of("votes.json", voteFile));
            long t4 = System.nanoTime();
            MoralGraph v = scoring.score(read);
            long t5 = System.nanoTime();
            GraphFiles.summary(v, List.of());
            long t6 = System.nanoTime();
            System.out.printf(
                    "round %d: graph read %.3f s (%d cards, %d edges), score %.3f s (%d kept), write %.3f s (%d chars)"
                            + " | votes read %.3f s (%d), score %.3f s (%d pairs, %d kept), write %.3f s"
                            + " | total %.3f s%n",
                    round,
                    (t1 - t0) / 1e9,
                    file.values().size(),
                    file.edges().size(),
                    (t2 - t1) / 1e9,
                    g.edges().size(),
                    (t3 - t2) / 1e9,
                    summary.length(),
                    (t4 - t3) / 1e9,
                    read.size(),
                    (t5 - t4) / 1e9,
                    v.allEdges().size(),
                    v.edges().size(),
                    (t6 - t5) / 1e9,
                    (t6 - t0) / 1e9);
        }
    }
}
