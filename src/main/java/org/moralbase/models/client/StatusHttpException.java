package org.moralbase.models.client;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/** A non-2xx response that, unlike LangChain4j's own {@link HttpException}, keeps the Retry-After header. */
final class StatusHttpException extends HttpException {

    private final transient Duration retryAfter;

    StatusHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The server's Retry-After, or {@code null}. */
    Duration retryAfter() {
        return retryAfter;
    }
}
