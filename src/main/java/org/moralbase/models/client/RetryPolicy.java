package org.moralbase.models.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Bounded retries with exponential back-off and full jitter (wait uniform in [0, min(cap, base·2^(k−1))]
 * before retry k; AWS Architecture Blog, "Exponential Backoff and Jitter", 2015), never shorter than a
 * server's Retry-After. Only {@link FailureType#retryable()} failures are retried. A Retry-After longer than
 * {@code maxRetryAfter} ends the call instead, so one prompt cannot hold a worker for hours.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final RandomGenerator random;
    private final Sleeper sleeper;

    private RetryPolicy(
            int maxAttempts,
            Duration baseDelay,
            Duration maxDelay,
            Duration maxRetryAfter,
            RandomGenerator random,
            Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " must not be below baseDelay " + baseDelay);
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.maxRetryAfter = maxRetryAfter;
        this.random = Objects.requireNonNull(random, "random");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** 6 attempts, 1 s base, 60 s cap, Retry-After up to 10 min, real sleeps, jitter from {@code random}. */
    public static RetryPolicy withDefaults(RandomGenerator random) {
        return new RetryPolicy(
                6, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10), random, Sleeper.real());
    }

    /** A copy with another attempt bound (1 = no retries). */
    public RetryPolicy withMaxAttempts(int value) {
        return new RetryPolicy(value, baseDelay, maxDelay, maxRetryAfter, random, sleeper);
    }

    /** A copy with another base delay and cap. */
    public RetryPolicy withBackoff(Duration base, Duration cap) {
        return new RetryPolicy(maxAttempts, base, cap, maxRetryAfter, random, sleeper);
    }

    /** A copy that gives up when a server asks to wait longer than {@code value}. */
    public RetryPolicy withMaxRetryAfter(Duration value) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, value, random, sleeper);
    }

    /** A copy with another sleeper (tests record waits instead of taking them). */
    public RetryPolicy withSleeper(Sleeper value) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, random, value);
    }

    /** The attempt bound. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Asks until answered, a non-retryable failure, the attempt bound, or cancellation. Never throws. */
    public CallOutcome call(ModelClient client, String systemPrompt, String userPrompt, CancelToken token) {
        List<AttemptError> errors = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            if (token.isCancelled()) {
                return CallOutcome.cancelled(errors);
            }
            ModelCallException failure;
            try {
                return CallOutcome.answered(client.ask(systemPrompt, userPrompt), errors);
            } catch (ModelCallException e) {
                failure = e;
            } catch (RuntimeException e) {
                // a bug or a bad argument, not the server: record it rather than lose the prompt
                failure = new ModelCallException(
                        FailureType.CLIENT_ERROR,
                        null,
                        null,
                        Redaction.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            Duration wait = nextWait(attempt, failure);
            errors.add(new AttemptError(attempt, failure.type(), failure.httpStatus(), failure.getMessage(), wait));
            if (wait == null) {
                return failure.type() == FailureType.CANCELLED
                        ? CallOutcome.cancelled(errors)
                        : CallOutcome.failed(failure.type(), errors);
            }
            try {
                sleeper.sleep(wait, token);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CallOutcome.cancelled(errors);
            }
        }
    }

    /** The wait before attempt {@code attempt + 1}, or {@code null} to stop. */
    private Duration nextWait(int attempt, ModelCallException failure) {
        if (!failure.type().retryable() || attempt >= maxAttempts) {
            return null;
        }
        Duration retryAfter = failure.retryAfter();
        if (retryAfter != null && retryAfter.compareTo(maxRetryAfter) > 0) {
            return null;
        }
        Duration jittered = jitter(attempt);
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }

    /** Full jitter: uniform in [0, min(cap, base·2^(retry−1))], in milliseconds. */
    Duration jitter(int retry) {
        long capMillis = maxDelay.toMillis();
        long ceiling = Math.min(capMillis, baseDelay.toMillis() << Math.min(retry - 1, 30));
        long millis;
        // RandomGenerator implementations are not thread-safe; runs share one policy
        synchronized (random) {
            millis = ceiling == 0 ? 0 : random.nextLong(ceiling + 1);
        }
        return Duration.ofMillis(millis);
    }
}
