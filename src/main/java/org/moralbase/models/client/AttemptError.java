package org.moralbase.models.client;

import java.time.Duration;
import java.util.Objects;

/**
 * One failed attempt of a call.
 *
 * @param attempt 1-based attempt number
 * @param type the classification
 * @param httpStatus the HTTP status, or {@code null} when none was received
 * @param message redacted: no API key
 * @param waitAfter the back-off taken before the next attempt, or {@code null} if there was none
 */
public record AttemptError(int attempt, FailureType type, Integer httpStatus, String message, Duration waitAfter) {

    /** Checks the attempt number and that type and message are present. */
    public AttemptError {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }
}
