package org.moralbase.api.rest;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API token: {@code perMinute} requests at once, refilled evenly over a minute. In memory on this
 * node only (decision 0023): behind a load balancer with several nodes each grants the full rate.
 */
final class RateLimiter {

    /** Requests left (fractional while refilling), when last counted, and whether the last request got one. */
    private record Bucket(double left, long atNanos, boolean granted) {}

    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final LongSupplier nanoTime;

    RateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("moralbase.api.requests-per-minute: at least 1");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one request from the token's bucket.
     *
     * @return empty when the request may go ahead, else the whole seconds until one is free (for Retry-After)
     */
    OptionalLong take(long tokenId) {
        long now = nanoTime.getAsLong();
        double perNano = perMinute / 60e9;
        Bucket after = buckets.compute(tokenId, (id, b) -> {
            double left = b == null ? perMinute : Math.min(perMinute, b.left() + (now - b.atNanos()) * perNano);
            return left >= 1 ? new Bucket(left - 1, now, true) : new Bucket(left, now, false);
        });
        if (after.granted()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - after.left()) / perNano / 1e9)));
    }
}
