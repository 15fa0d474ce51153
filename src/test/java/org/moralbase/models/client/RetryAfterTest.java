package org.moralbase.models.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final InstantSource NOW = InstantSource.fixed(Instant.parse("2026-11-22T08:00:00Z"));

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(
                values.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                (name, value) -> true);
    }

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("7", NOW)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void readsAnHttpDateRelativeToTheClock() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 08:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void prefersOpenAisMillisecondHeader() {
        assertThat(RetryAfter.from(headers(Map.of("retry-after-ms", "1500", "retry-after", "2")), NOW))
                .isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void ignoresUnreadableOrNegativeValues() {
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("-3", NOW)).isNull();
        assertThat(RetryAfter.from(headers(Map.of()), NOW)).isNull();
    }
}
