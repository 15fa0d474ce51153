package org.moralbase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

class RetriesTest {

    /** What a caller throws when the budget is spent (participation's is {@code AnswerNotSavedException}). */
    static final class NotSaved extends RuntimeException {
        NotSaved(Throwable cause) {
            super(cause);
        }
    }

    private final Retries retries = Retries.transientDatabase(Duration.ofMillis(200))
            .withPauses(Duration.ofMillis(1), Duration.ofMillis(20))
            .whenSpent(NotSaved::new);

    @Test
    void aBriefOutageIsRiddenOutAndTheActionRunsUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = retries.run(() -> {
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
        retries.run(
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
    void aLongerOutageEndsInTheCallersExceptionWhenTheBudgetIsSpent() {
        AtomicInteger calls = new AtomicInteger();
        long start = System.nanoTime();
        assertThatThrownBy(() -> retries.run(() -> {
                    calls.incrementAndGet();
                    throw new QueryTimeoutException("lock wait timeout");
                }))
                .isInstanceOf(NotSaved.class)
                .hasCauseInstanceOf(QueryTimeoutException.class);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).as("gives up when the budget ends, not a pause earlier").isBetween(195L, 1000L);
        // pauses 1, 2, 4, 8, 16, then 20 ms repeated: about fifteen attempts in 200 ms
        assertThat(calls.get()).isBetween(6, 25);
    }

    @Test
    void theLastPauseIsCutShortSoOneMoreAttemptComesAtTheEndOfTheBudget() {
        Retries slow = Retries.transientDatabase(Duration.ofMillis(300))
                .withPauses(Duration.ofMillis(250), Duration.ofMillis(250));
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> slow.run(() -> {
                    calls.incrementAndGet();
                    throw new CannotCreateTransactionException("connection refused");
                }))
                .isInstanceOf(CannotCreateTransactionException.class);
        // at 0 and 250 ms, then at 300 ms after a pause cut to what was left of the budget
        assertThat(calls).hasValue(3);
    }

    @Test
    void withoutACallersExceptionTheLastFailureIsThrownAsItIs() {
        Retries plain =
                Retries.transientDatabase(Duration.ofMillis(50)).withPauses(Duration.ofMillis(5), Duration.ofMillis(5));
        CannotAcquireLockException deadlock = new CannotAcquireLockException("deadlock");
        assertThatThrownBy(() -> plain.run(() -> {
                    throw deadlock;
                }))
                .isSameAs(deadlock);
    }

    @Test
    void aDuplicateIsNotAnOutageAndIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retries.run(() -> {
                    calls.incrementAndGet();
                    throw new DataIntegrityViolationException("duplicate key");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void lostConnectionsPoolTimeoutsAndLockConflictsAreOutagesButBugsAndOurOwnGivingUpAreNot() {
        assertThat(Retries.isTransientDatabaseFailure(new DataAccessResourceFailureException("connection lost")))
                .isTrue();
        assertThat(Retries.isTransientDatabaseFailure(new CannotCreateTransactionException("pool timeout")))
                .isTrue();
        assertThat(Retries.isTransientDatabaseFailure(new CannotAcquireLockException("deadlock")))
                .isTrue();
        assertThat(Retries.isTransientDatabaseFailure(new IllegalStateException("bug")))
                .isFalse();
        // an inner retry that gave up is not retried again by an outer one
        assertThat(Retries.isTransientDatabaseFailure(new NotSaved(new CannotAcquireLockException("deadlock"))))
                .isFalse();
    }

    @Test
    void anInterruptedPauseEndsTheRetryAtOnceAndKeepsTheInterrupt() {
        Retries patient = Retries.transientDatabase(Duration.ofSeconds(30)).whenSpent(NotSaved::new);
        AtomicInteger calls = new AtomicInteger();
        try {
            Thread.currentThread().interrupt();
            long start = System.nanoTime();
            assertThatThrownBy(() -> patient.run(() -> {
                        calls.incrementAndGet();
                        throw new CannotCreateTransactionException("connection refused");
                    }))
                    .isInstanceOf(NotSaved.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(calls).hasValue(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aBudgetOfZeroIsRefusedSinceRetryTemplateWouldReadItAsNoLimit() {
        assertThatThrownBy(() -> Retries.transientDatabase(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
