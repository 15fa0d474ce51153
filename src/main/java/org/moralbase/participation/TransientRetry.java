package org.moralbase.participation;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Retries a database action through a brief outage (connection lost, deadlock, lock timeout) with growing pauses
 * until a time budget is spent, then gives up with {@link AnswerNotSavedException}. An attempt that has started
 * runs to its end, so the budget can be overrun by one attempt (bounded by the pool's connection timeout).
 */
final class TransientRetry {

    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    private final Duration budget;
    private final long[] pausesMs;

    /** Pauses between attempts; the last one repeats until the budget is spent. */
    TransientRetry(Duration budget, long... pausesMs) {
        this.budget = budget;
        this.pausesMs = pausesMs.clone();
    }

    static TransientRetry within(Duration budget) {
        return new TransientRetry(budget, 100, 200, 400, 800, 1600);
    }

    <T> T run(Supplier<T> action) {
        return run(action, () -> {});
    }

    /** Runs the action; {@code beforeRetry} runs before each retry (the database is away: someone may be waiting). */
    <T> T run(Supplier<T> action, Runnable beforeRetry) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return action.get();
            } catch (TransientDataAccessException
                    | DataAccessResourceFailureException
                    | CannotCreateTransactionException e) {
                long leftMs = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMs <= 0) {
                    throw new AnswerNotSavedException(e);
                }
                long pause = Math.min(leftMs, pausesMs[Math.min(attempt, pausesMs.length - 1)]);
                log.warn(
                        "Database unavailable ({}); retry {} in {} ms",
                        e.getClass().getSimpleName(),
                        attempt + 1,
                        pause);
                beforeRetry.run();
                pause(pause);
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnswerNotSavedException(e);
        }
    }
}
