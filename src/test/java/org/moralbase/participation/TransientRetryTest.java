package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

class TransientRetryTest {

    private final TransientRetry retry = new TransientRetry(Duration.ofMillis(200), 1, 5, 20);

    @Test
    void aBriefOutageIsRiddenOutAndTheActionRunsUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.run(() -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                throw new CannotCreateTransactionException("connection refused");
            }
            if (n == 2) {
                throw new TransientDataAccessResourceException("connection reset");
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(calls).hasValue(3);
    }

    @Test
    void whoeverWaitsIsToldBeforeEachRetry() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        retry.run(
                () -> {
                    if (calls.incrementAndGet() < 3) {
                        throw new CannotCreateTransactionException("connection refused");
                    }
                    return "stored";
                },
                told::incrementAndGet);
        assertThat(told).hasValue(2);
    }

    @Test
    void aLongerOutageEndsInAnswerNotSavedWhenTheBudgetIsSpent() {
        AtomicInteger calls = new AtomicInteger();
        long start = System.nanoTime();
        assertThatThrownBy(() -> retry.run(() -> {
                    calls.incrementAndGet();
                    throw new QueryTimeoutException("lock wait timeout");
                }))
                .isInstanceOf(AnswerNotSavedException.class)
                .hasCauseInstanceOf(QueryTimeoutException.class);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).isBetween(200L, 1000L);
        // pauses 1, 5, then 20 ms repeated: about ten attempts in 200 ms
        assertThat(calls.get()).isBetween(5, 13);
    }

    @Test
    void aDuplicateIsNotAnOutageAndIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(() -> {
                    calls.incrementAndGet();
                    throw new DataIntegrityViolationException("duplicate key");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
    }
}
