package org.moralbase.moralgraph;

import java.util.List;
import java.util.Optional;

/**
 * A values-card study's graphs.
 *
 * @param cards how many cards the study has
 * @param votes how many votes were scored (excluded sessions left out)
 * @param pooled the graph of every vote, pooled over contexts (as MGE scores a question)
 * @param byContext one graph per context, from that context's votes
 * @param imported the imported graph file's edges scored by the same rules, if one was imported
 * @param models one graph per model that was asked the transitions, by model name, pooled over contexts
 */
public record GraphReport(
        int cards,
        int votes,
        ScoredGraph pooled,
        List<ScoredGraph> byContext,
        Optional<ScoredGraph> imported,
        List<ScoredGraph> models) {}
