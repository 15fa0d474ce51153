package org.moralbase.stats.moralgraph;

import java.util.List;
import java.util.Objects;

/**
 * One ordered pair of values with its counts and summary: MGE's {@code MoralGraphEdge}.
 *
 * @param sourceValueId the value moved away from
 * @param wiserValueId the value judged wiser
 * @param contexts the distinct contexts of the votes on either direction, in first-seen order (votes on
 *     source → wiser first, then on wiser → source, as MGE collects them)
 * @param counts the tallies
 * @param summary wiserLikelihood and entropy of the counts
 */
public record MoralGraphEdge(
        long sourceValueId, long wiserValueId, List<String> contexts, EdgeCounts counts, EdgeSummary summary) {

    /** Checks the parts are present; copies the contexts. */
    public MoralGraphEdge {
        Objects.requireNonNull(counts, "counts must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        contexts = List.copyOf(contexts);
    }

    /** An edge whose summary is computed from its counts ({@link EdgeSummary#of}). */
    public static MoralGraphEdge of(long sourceValueId, long wiserValueId, List<String> contexts, EdgeCounts counts) {
        return new MoralGraphEdge(sourceValueId, wiserValueId, contexts, counts, EdgeSummary.of(counts));
    }
}
