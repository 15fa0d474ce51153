package org.moralbase.moralgraph;

import java.util.List;
import org.moralbase.stats.moralgraph.MoralGraph;

/**
 * One scored moral graph with its cards ranked, highest PageRank first.
 *
 * @param label what the graph is of: "All contexts", a context, or "Imported graph"
 * @param graph the graph as {@code MoralGraphScoring} scored it (kept edges, all edges, PageRank)
 * @param ranked the cards on kept edges by PageRank
 */
public record ScoredGraph(String label, MoralGraph graph, List<RankedCard> ranked) {

    /** The first {@code n} ranked cards. */
    public List<RankedCard> top(int n) {
        return ranked.subList(0, Math.min(n, ranked.size()));
    }
}
