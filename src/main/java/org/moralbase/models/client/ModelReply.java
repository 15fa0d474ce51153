package org.moralbase.models.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A model's reply, exactly as received: {@code <think>} blocks, refusals and all (parsing is methods §1.4's
 * job, elsewhere).
 *
 * @param text the raw content; empty when the server sent none (e.g. a content filter)
 * @param latency wall time of the successful HTTP exchange
 * @param tokens usage, or {@code null} if the server reported none
 * @param finishReason LangChain4j's name for it ({@code STOP}, {@code LENGTH}, {@code CONTENT_FILTER}, …), or
 *     {@code null}
 */
public record ModelReply(String text, Duration latency, TokenCounts tokens, String finishReason) {

    /** Checks that text and latency are present and the latency is not negative. */
    public ModelReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
    }
}
