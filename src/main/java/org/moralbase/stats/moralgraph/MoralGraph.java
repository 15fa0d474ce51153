package org.moralbase.stats.moralgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scored moral graph (MGE's {@code summarizeGraph} with {@code includePageRank} and {@code includeAllEdges}).
 *
 * @param edges the kept edges ({@link EdgeRules}), in MGE's order
 * @param allEdges every counted pair before the rules, in MGE's order: the pairs of the votes as first met, then the
 *     reverse pairs first met in the second pass
 * @param pageRank the weighted PageRank of every value on a kept edge, in first-seen order ({@link WeightedPageRank})
 * @param votes the number of votes counted
 */
public record MoralGraph(
        List<MoralGraphEdge> edges, List<MoralGraphEdge> allEdges, Map<Long, Double> pageRank, int votes) {

    /** Copies the lists and the map (keeping their order). */
    public MoralGraph {
        edges = List.copyOf(edges);
        allEdges = List.copyOf(allEdges);
        pageRank = Collections.unmodifiableMap(new LinkedHashMap<>(pageRank));
        if (votes < 0) {
            throw new IllegalArgumentException("votes must be non-negative, was " + votes);
        }
    }

    /** The values on kept edges, highest PageRank first (ties by id). */
    public List<RankedValue> ranking() {
        List<RankedValue> out = new ArrayList<>();
        pageRank.forEach((id, rank) -> out.add(new RankedValue(id, rank)));
        out.sort(Comparator.comparingDouble(RankedValue::pageRank).reversed().thenComparingLong(RankedValue::id));
        return out;
    }
}
