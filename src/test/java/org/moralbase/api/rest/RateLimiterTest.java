package org.moralbase.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(60, now::get); // one a second

    @Test
    void aBurstOfTheWholeRateGoesThroughAndTheNextWaitsForTheRefill() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.take(1)).as("request %d", i).isEmpty();
        }

        assertThat(limiter.take(1)).isEqualTo(OptionalLong.of(1));
        now.addAndGet(999_000_000L);
        assertThat(limiter.take(1)).isEqualTo(OptionalLong.of(1)); // 0.999 of a request refilled: not yet
        now.addAndGet(1_000_000L);
        assertThat(limiter.take(1)).isEmpty(); // refused requests took nothing: one whole second refilled one
        assertThat(limiter.take(1)).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void eachTokenHasItsOwnBucket() {
        for (int i = 0; i < 60; i++) {
            limiter.take(1);
        }

        assertThat(limiter.take(1)).isPresent();
        assertThat(limiter.take(2)).isEmpty();
    }

    @Test
    void theBucketRefillsToTheRateAndNoFurther() {
        limiter.take(1);
        now.addAndGet(3_600_000_000_000L); // an hour idle

        for (int i = 0; i < 60; i++) {
            assertThat(limiter.take(1)).isEmpty();
        }
        assertThat(limiter.take(1)).isPresent();
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, now::get)).hasMessageContaining("at least 1");
    }
}
