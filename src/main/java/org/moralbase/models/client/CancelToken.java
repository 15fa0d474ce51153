package org.moralbase.models.client;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A one-way cancellation flag that back-off sleeps can wait on, so cancelling does not wait out a back-off. */
final class CancelToken {

    private final CountDownLatch cancelled = new CountDownLatch(1);

    /** Cancels; idempotent. */
    public void cancel() {
        cancelled.countDown();
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /**
     * Waits up to {@code duration}, returning early on cancellation.
     *
     * @return whether the token is cancelled
     */
    public boolean awaitCancellation(Duration duration) throws InterruptedException {
        return cancelled.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }
}
