package org.moralbase.models.client;

/** No HTTP response at all: a timeout or a network error, already classified by the transport. */
final class TransportFailure extends RuntimeException {

    private final FailureType type;

    TransportFailure(FailureType type, String message) {
        // no cause kept: the JDK's exception text is enough and cannot carry a key
        super(message, null, false, false);
        this.type = type;
    }

    FailureType type() {
        return type;
    }
}
