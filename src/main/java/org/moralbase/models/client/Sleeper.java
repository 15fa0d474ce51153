package org.moralbase.models.client;

import java.time.Duration;

/** Waits between attempts; injectable so tests record the waits instead of taking them. */
@FunctionalInterface
interface Sleeper {

    /** Waits {@code duration}, or less if {@code token} is cancelled meanwhile. */
    void sleep(Duration duration, CancelToken token) throws InterruptedException;

    /** Really waits, waking early on cancellation. */
    static Sleeper real() {
        return (duration, token) -> token.awaitCancellation(duration);
    }
}
