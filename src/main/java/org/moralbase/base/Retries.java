package org.moralbase.base;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Retries a database action through a brief outage (connection lost, pool timeout, deadlock, lock wait timeout)
 * on Spring's {@link RetryTemplate}, the project's one retry mechanism (docs/decisions/0013): pauses growing from
 * 100 ms to 1.6 s until a time budget is spent, then the caller's exception ({@link #whenSpent}). Other failures
 * are not retried. An attempt that has started runs to its end, so the budget can be overrun by one attempt
 * (bounded by the pool's connection timeout). Immutable; no bean.
 */
public final class Retries {

    private static final Logger log = LoggerFactory.getLogger(Retries.class);

    private final Duration budget;
    private final Duration firstPause;
    private final Duration longestPause;
    private final Function<? super RuntimeException, ? extends RuntimeException> whenSpent;

    private Retries(
            Duration budget,
            Duration firstPause,
            Duration longestPause,
            Function<? super RuntimeException, ? extends RuntimeException> whenSpent) {
        // a zero timeout means "none" to RetryTemplate: nothing here may retry for ever
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the retry budget must be positive, was " + budget);
        }
        if (firstPause.isNegative() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("pauses must grow from " + firstPause + " to " + longestPause);
        }
        this.budget = budget;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.whenSpent = Objects.requireNonNull(whenSpent, "whenSpent");
    }

    /** Retries transient database failures for {@code budget}; then the last failure is thrown as it is. */
    public static Retries transientDatabase(Duration budget) {
        return new Retries(budget, Duration.ofMillis(100), Duration.ofMillis(1600), failure -> failure);
    }

    /** A copy that throws {@code exception.apply(lastFailure)} when the budget is spent. */
    public Retries whenSpent(Function<? super RuntimeException, ? extends RuntimeException> exception) {
        return new Retries(budget, firstPause, longestPause, exception);
    }

    /** A copy whose pauses double from {@code first} up to {@code longest} (tests keep them short). */
    Retries withPauses(Duration first, Duration longest) {
        return new Retries(budget, first, longest, whenSpent);
    }

    /** The one place that says which database failures are brief outages worth another attempt. */
    public static boolean isTransientDatabaseFailure(Throwable failure) {
        return failure instanceof TransientDataAccessException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof CannotCreateTransactionException;
    }

    /** Runs the action, retrying transient database failures; any other failure is thrown at once. */
    public <T> T run(Supplier<T> action) {
        return run(action, () -> {});
    }

    /** {@link #run(Supplier)}, calling {@code beforeRetry} before each retry (someone may be waiting). */
    public <T> T run(Supplier<T> action, Runnable beforeRetry) {
        long deadline = System.currentTimeMillis() + budget.toMillis();
        // built per call: the deadline and who to tell belong to this call
        RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
                .predicate(Retries::isTransientDatabaseFailure)
                .timeout(budget)
                .backOff(pausesUntil(deadline))
                .build());
        template.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                log.warn(
                        "Database unavailable ({}); retry {}",
                        state.getLastException().getClass().getSimpleName(),
                        state.getRetryCount());
                beforeRetry.run();
            }
        });
        try {
            return template.execute(action::get);
        } catch (RetryException e) {
            throw unwrapped(e.getCause());
        }
    }

    /**
     * Pauses doubling from the first to the longest, none past the deadline: the last is cut short so that one
     * more attempt comes at the end of the budget (the template alone would give up a whole pause earlier).
     */
    private BackOff pausesUntil(long deadline) {
        ExponentialBackOff growing = new ExponentialBackOff(firstPause.toMillis(), 2);
        growing.setMaxInterval(longestPause.toMillis());
        return () -> {
            BackOffExecution pauses = growing.start();
            return () -> {
                // 1 ms short of the deadline, so the template's own timeout check lets that last attempt run
                long left = deadline - System.currentTimeMillis() - 1;
                return left <= 0 ? BackOffExecution.STOP : Math.min(pauses.nextBackOff(), left);
            };
        };
    }

    private RuntimeException unwrapped(Throwable last) {
        if (last instanceof Error error) {
            throw error;
        }
        if (!(last instanceof RuntimeException failure)) {
            return new UndeclaredThrowableException(last);
        }
        // an outage that outlasted the budget (or an interrupted pause) becomes the caller's exception; others pass
        return isTransientDatabaseFailure(failure) ? whenSpent.apply(failure) : failure;
    }
}
