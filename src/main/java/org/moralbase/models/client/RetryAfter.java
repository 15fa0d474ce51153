package org.moralbase.models.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads how long a server asks us to wait (RFC 9110 §10.2.3, plus OpenAI's {@code retry-after-ms}). */
final class RetryAfter {

    private RetryAfter() {}

    /** The wait the headers ask for, or {@code null} if they ask for none or cannot be read. */
    static Duration from(HttpHeaders headers, InstantSource clock) {
        var millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            Duration parsed = parseSeconds(millis.get(), 0.001);
            if (parsed != null) {
                return parsed;
            }
        }
        return headers.firstValue("retry-after")
                .map(value -> parse(value, clock))
                .orElse(null);
    }

    /** Delay-seconds or an HTTP-date; negative or unreadable values give {@code null}. */
    static Duration parse(String value, InstantSource clock) {
        Duration seconds = parseSeconds(value, 1.0);
        if (seconds != null) {
            return seconds;
        }
        try {
            Instant until = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), until);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration parseSeconds(String value, double unitSeconds) {
        try {
            double amount = Double.parseDouble(value.strip()) * unitSeconds;
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                return null;
            }
            return Duration.ofNanos((long) Math.ceil(amount * 1e9));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
