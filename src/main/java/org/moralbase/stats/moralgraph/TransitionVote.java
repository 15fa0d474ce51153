package org.moralbase.stats.moralgraph;

import java.util.Objects;

/**
 * One vote on the transition from value {@code fromId} to value {@code toId} in a context: MGE's raw edge record
 * ({@code fromId}, {@code toId}, {@code contextId}, {@code type}).
 *
 * @param fromId the value moved away from
 * @param toId the value moved to (the candidate wiser value)
 * @param contextId the context (MGE: its text, e.g. "When making decisions")
 * @param type upgrade, no upgrade or not sure
 */
public record TransitionVote(long fromId, long toId, String contextId, VoteType type) {

    /**
     * Checks the vote is complete and joins two different values (a transition from a value to itself can never
     * give a kept edge under MGE's rules; it is refused as a mistake).
     */
    public TransitionVote {
        Objects.requireNonNull(contextId, "contextId must not be null");
        Objects.requireNonNull(type, "type must not be null");
        if (fromId == toId) {
            throw new IllegalArgumentException("a transition needs two different values, both were " + fromId);
        }
    }
}
