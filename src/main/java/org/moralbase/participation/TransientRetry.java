package org.moralbase.participation;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Retries a database action through a brief outage (connection lost, deadlock, lock timeout) with growing
 * pauses, about ten seconds in all, then gives up with {@link AnswerNotSavedException}.
 */
final class TransientRetry {

    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    private final long[] pausesMs;

    TransientRetry(long... pausesMs) {
        this.pausesMs = pausesMs.clone();
    }

    static TransientRetry standard() {
        return new TransientRetry(100, 200, 400, 800, 1600, 3200, 4000);
    }

    <T> T run(Supplier<T> action) {
        for (int attempt = 0; ; attempt++) {
            try {
                return action.get();
            } catch (TransientDataAccessException
                    | DataAccessResourceFailureException
                    | CannotCreateTransactionException e) {
                if (attempt >= pausesMs.length) {
                    throw new AnswerNotSavedException(e);
                }
                log.warn(
                        "Database unavailable while saving ({}); retry {} in {} ms",
                        e.getClass().getSimpleName(),
                        attempt + 1,
                        pausesMs[attempt]);
                pause(pausesMs[attempt]);
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
