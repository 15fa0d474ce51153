package org.moralbase.models.client;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/** Turns whatever LangChain4j or our transport threw into a {@link ModelCallException} with a redacted message. */
final class FailureClassifier {

    // error bodies can be whole HTML pages; keep enough to diagnose
    static final int MAX_MESSAGE_CHARS = 500;

    private FailureClassifier() {}

    static ModelCallException classify(Throwable thrown, Secret key) {
        for (Throwable cause = thrown; cause != null; cause = next(cause)) {
            if (cause instanceof ModelCallException classified) {
                return classified;
            }
            if (cause instanceof StatusHttpException status) {
                return fromStatus(status.statusCode(), status.getMessage(), status.retryAfter(), key);
            }
            if (cause instanceof HttpException status) {
                return fromStatus(status.statusCode(), status.getMessage(), null, key);
            }
            if (cause instanceof TransportFailure transport) {
                return new ModelCallException(transport.type(), null, null, clip(key.redact(transport.getMessage())));
            }
        }
        // the exchange succeeded (the transport throws for everything else), so the body was unreadable
        return new ModelCallException(
                FailureType.MALFORMED, null, null, clip("unreadable response: " + key.redact(describe(thrown))));
    }

    static ModelCallException fromStatus(int status, String body, Duration retryAfter, Secret key) {
        FailureType type;
        if (status == 429) {
            type = FailureType.RATE_LIMITED;
        } else if (status == 408) {
            type = FailureType.TIMEOUT;
        } else if (status >= 500 && status <= 599) {
            type = FailureType.SERVER_ERROR;
        } else {
            // 4xx and unexpected 1xx/3xx: our request or configuration is wrong, retrying cannot help
            type = FailureType.CLIENT_ERROR;
        }
        String message = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + key.redact(body));
        return new ModelCallException(type, status, retryAfter, clip(message));
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static String describe(Throwable thrown) {
        Throwable root = thrown;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    // clip after redaction, so a key cut in half cannot survive
    private static String clip(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
