package org.moralbase.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit per key (a client address), kept in memory on this node: a token bucket holding {@code burst} tokens,
 * one more added every {@code refill}. Each {@link #take} spends one; with none left it says how long until the next.
 * Memory stays bounded: past 100 000 keys, the full buckets (keys quiet long enough) are forgotten.
 */
public final class TokenBuckets {

    private static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final int burst;
    private final long refillNanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(Clock clock, int burst, Duration refill) {
        if (burst < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a burst of at least 1 and a positive refill time");
        }
        this.clock = clock;
        this.burst = burst;
        this.refillNanos = refill.toNanos();
    }

    /** Spends a token of this key: zero when there was one, else how long until there is (nothing spent). */
    public Duration take(String key) {
        long now = nanos();
        if (buckets.size() > MAX_ENTRIES) {
            buckets.values().removeIf(b -> tokens(b, now) >= burst);
        }
        long[] wait = {0};
        buckets.compute(key, (k, b) -> {
            double tokens = b == null ? burst : tokens(b, now);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = (long) Math.ceil((1 - tokens) * refillNanos);
            return new Bucket(tokens, now);
        });
        return Duration.ofNanos(wait[0]);
    }

    private double tokens(Bucket b, long now) {
        return Math.min(burst, b.tokens + (double) (now - b.at) / refillNanos);
    }

    private long nanos() {
        java.time.Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private record Bucket(double tokens, long at) {}
}
