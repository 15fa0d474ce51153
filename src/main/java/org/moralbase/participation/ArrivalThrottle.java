package org.moralbase.participation;

import java.time.Clock;
import java.time.Duration;
import org.moralbase.base.TokenBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits new participant sessions per client address (issue 17, item 10): a burst of
 * {@code moralbase.participation.arrival-burst} (20), then one more every {@code arrival-refill} (3 s). Counted in
 * memory on each node, so a cluster of n nodes lets up to n times as many through (decision 0034). The address is
 * the request's, after the forwarded-header handling the login throttle relies on too.
 */
@Component
class ArrivalThrottle {

    private final TokenBuckets buckets;

    ArrivalThrottle(
            Clock clock,
            @Value("${moralbase.participation.arrival-burst:20}") int burst,
            @Value("${moralbase.participation.arrival-refill:3s}") Duration refill) {
        this.buckets = new TokenBuckets(clock, burst, refill);
    }

    /** Counts a new session from this address: zero when it may start, else how long to wait. */
    Duration newSession(String clientAddress) {
        return buckets.take(clientAddress);
    }
}
