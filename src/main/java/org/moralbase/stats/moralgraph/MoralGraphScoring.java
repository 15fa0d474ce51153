package org.moralbase.stats.moralgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds and scores a moral graph from transition votes, exactly as MGE's {@code summarizeGraph} ({@code
 * moral-graph.ts}, meaningalignment/mge; Klingefjord, Lowe &amp; Edelman 2024): votes are pooled over contexts per
 * ordered pair; a first pass over the votes counts each vote on its own pair (impression, and wiser / not wiser /
 * unsure by type), a second pass counts it on the reverse pair (impression, and less wise when it is an upgrade);
 * each pair gets its {@link EdgeSummary}; {@link EdgeRules} keep edges; {@link WeightedPageRank} ranks the values on
 * the kept edges. Immutable; {@code withDefaults()} is MGE's configuration.
 */
public final class MoralGraphScoring {

    private final EdgeRules rules;
    private final WeightedPageRank pageRank;

    private MoralGraphScoring(EdgeRules rules, WeightedPageRank pageRank) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
        this.pageRank = Objects.requireNonNull(pageRank, "pageRank must not be null");
    }

    /** MGE's rules ({@link EdgeRules#mge()}) and PageRank ({@link WeightedPageRank#withDefaults()}). */
    public static MoralGraphScoring withDefaults() {
        return new MoralGraphScoring(EdgeRules.mge(), WeightedPageRank.withDefaults());
    }

    /** A copy with other edge rules. */
    public MoralGraphScoring withRules(EdgeRules other) {
        return new MoralGraphScoring(other, pageRank);
    }

    /** A copy with another PageRank. */
    public MoralGraphScoring withPageRank(WeightedPageRank other) {
        return new MoralGraphScoring(rules, other);
    }

    /** The edge rules in use. */
    public EdgeRules rules() {
        return rules;
    }

    /**
     * Every ordered pair the votes touch, counted and summarised (MGE's "cooked" edges, before the rules), in MGE's
     * order.
     */
    public static List<MoralGraphEdge> count(List<TransitionVote> votes) {
        Map<List<Long>, Tally> pairs = new LinkedHashMap<>();
        for (TransitionVote v : votes) {
            Tally t = pairs.computeIfAbsent(List.of(v.fromId(), v.toId()), k -> new Tally());
            t.contexts.add(v.contextId());
            t.impressions++;
            switch (v.type()) {
                case UPGRADE -> t.wiser++;
                case NO_UPGRADE -> t.notWiser++;
                case NOT_SURE -> t.unsure++;
            }
        }
        for (TransitionVote v : votes) {
            Tally t = pairs.computeIfAbsent(List.of(v.toId(), v.fromId()), k -> new Tally());
            t.contexts.add(v.contextId());
            t.impressions++;
            if (v.type() == VoteType.UPGRADE) {
                t.lessWise++;
            }
        }
        List<MoralGraphEdge> edges = new ArrayList<>(pairs.size());
        pairs.forEach((pair, t) -> edges.add(MoralGraphEdge.of(
                pair.get(0),
                pair.get(1),
                List.copyOf(t.contexts),
                new EdgeCounts(t.wiser, t.notWiser, t.lessWise, t.unsure, t.impressions))));
        return edges;
    }

    /** The graph of the votes, pooled over their contexts (as MGE scores a question's graph). */
    public MoralGraph score(List<TransitionVote> votes) {
        return scoreEdges(count(votes), votes.size());
    }

    /**
     * One graph per context, each from that context's votes only (the contexts in first-seen order): for listing the
     * top values per context. MGE itself pools; this is {@link #score} on a subset.
     */
    public Map<String, MoralGraph> scoreByContext(List<TransitionVote> votes) {
        Map<String, List<TransitionVote>> byContext = new LinkedHashMap<>();
        for (TransitionVote v : votes) {
            byContext.computeIfAbsent(v.contextId(), k -> new ArrayList<>()).add(v);
        }
        Map<String, MoralGraph> out = new LinkedHashMap<>();
        byContext.forEach((context, subset) -> out.put(context, score(subset)));
        return out;
    }

    /**
     * The graph of already-counted pairs (e.g. an imported MGE graph file): the rules and PageRank only.
     *
     * @param counted the pairs with their counts and summaries
     * @param votes the number of votes behind them, for the record (0 when unknown)
     */
    public MoralGraph scoreEdges(List<MoralGraphEdge> counted, int votes) {
        List<MoralGraphEdge> kept = counted.stream().filter(rules::keeps).toList();
        return new MoralGraph(kept, counted, pageRank.rank(kept), votes);
    }

    private static final class Tally {
        final LinkedHashSet<String> contexts = new LinkedHashSet<>();
        int wiser;
        int notWiser;
        int lessWise;
        int unsure;
        int impressions;
    }
}
