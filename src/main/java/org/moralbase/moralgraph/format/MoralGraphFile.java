package org.moralbase.moralgraph.format;

import java.util.List;
import org.moralbase.stats.moralgraph.MoralGraphEdge;

/**
 * An MGE graph file as read: its value cards and its edges (counts as in the file, summaries recomputed from them by
 * {@link org.moralbase.stats.moralgraph.EdgeSummary#of}; docs/decisions/0027-moral-graph-scoring.md).
 *
 * @param values the cards, in file order
 * @param edges the edges, in file order; each joins two of the cards
 */
public record MoralGraphFile(List<ValueCard> values, List<MoralGraphEdge> edges) {

    /** Copies the lists. */
    public MoralGraphFile {
        values = List.copyOf(values);
        edges = List.copyOf(edges);
    }
}
