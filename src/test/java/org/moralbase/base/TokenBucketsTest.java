package org.moralbase.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A burst, then one more per refill time; each key on its own. */
class TokenBucketsTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aBurstThenOneEveryRefillPerKey() {
        TokenBuckets buckets = new TokenBuckets(clock, 3, Duration.ofSeconds(3));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(3));
        assertThat(buckets.take("b")).as("another key").isZero();
        now = now.plusSeconds(2);
        assertThat(buckets.take("a")).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1001));
        now = now.plusSeconds(1);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(3));
        now = now.plusSeconds(60);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a"))
                    .as("full again, never more than the burst")
                    .isZero();
        }
        assertThat(buckets.take("a")).isPositive();
    }
}
