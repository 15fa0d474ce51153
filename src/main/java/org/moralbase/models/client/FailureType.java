package org.moralbase.models.client;

/** Why a call produced no answer; {@link #retryable()} tells the {@link RetryPolicy} whether to try again. */
public enum FailureType {
    /** HTTP 429; the server's Retry-After, if any, is honoured. */
    RATE_LIMITED(true),
    /** HTTP 5xx. */
    SERVER_ERROR(true),
    /** No response within the endpoint's timeout, or HTTP 408. */
    TIMEOUT(true),
    /** Connection refused or reset, DNS failure: the server was not reached. */
    NETWORK(true),
    /** HTTP 4xx other than 408 and 429: bad key, unknown model, bad request. Retrying cannot help. */
    CLIENT_ERROR(false),
    /** A 2xx response that could not be read as the provider's format; retrying would repeat it. */
    MALFORMED(false),
    /** The run was cancelled before this prompt got an answer. */
    CANCELLED(false);

    private final boolean retryable;

    FailureType(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether another attempt may succeed. */
    public boolean retryable() {
        return retryable;
    }
}
