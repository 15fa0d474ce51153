package org.moralbase.models.client;

import java.time.Duration;
import java.util.Objects;

/**
 * One failed call, classified. Messages are redacted before construction and carry no cause, so no key can
 * ride along in a stack trace of a library exception.
 */
final class ModelCallException extends RuntimeException {

    private final FailureType type;
    private final Integer httpStatus;
    private final Duration retryAfter;

    /**
     * @param type the classification
     * @param httpStatus the HTTP status, or {@code null} if none was received
     * @param retryAfter the server's Retry-After, or {@code null}
     * @param redactedMessage a message already passed through {@link Redaction}
     */
    public ModelCallException(FailureType type, Integer httpStatus, Duration retryAfter, String redactedMessage) {
        super(redactedMessage, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /** The classification. */
    public FailureType type() {
        return type;
    }

    /** The HTTP status, or {@code null} when the server was not reached or did not answer in time. */
    public Integer httpStatus() {
        return httpStatus;
    }

    /** How long the server asked us to wait, or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String toString() {
        return "ModelCallException[" + type + (httpStatus == null ? "" : " HTTP " + httpStatus) + "]: " + getMessage();
    }
}
