package org.moralbase.models.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Bounded retries with exponential back-off and full jitter (wait uniform in [0, min(cap, base·2^(k−1))]
 * before retry k; AWS Architecture Blog, "Exponential Backoff and Jitter", 2015), never shorter than a
 * server's Retry-After. Only {@link FailureType#retryable()} failures are retried. A Retry-After longer than
 * {@code maxRetryAfter} ends the call instead, so one prompt cannot hold a worker for hours. Runs on Spring's
 * {@code RetryTemplate}, the project's one retry mechanism (docs/decisions/0013); no Spring bean.
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

    /** Asks until answered, a non-retryable failure or the attempt bound (one call, nothing to cancel). Never throws. */
    public CallOutcome call(ModelClient client, String systemPrompt, String userPrompt) {
        return call(client, systemPrompt, userPrompt, new CancelToken());
    }

    /** Asks until answered, a non-retryable failure, the attempt bound, or cancellation. Never throws. */
    public CallOutcome call(ModelClient client, String systemPrompt, String userPrompt, CancelToken token) {
        if (token.isCancelled()) {
            return CallOutcome.cancelled(List.of());
        }
        Attempts attempts = new Attempts(token);
        // built per call: the back-off reads this call's last failure (its Retry-After) through the listener
        RetryTemplate template = new RetryTemplate(org.springframework.core.retry.RetryPolicy.builder()
                .predicate(failure ->
                        failure instanceof ModelCallException e && e.type().retryable())
                .backOff(attempts)
                .build());
        template.setRetryListener(attempts);
        try {
            return CallOutcome.answered(template.execute(() -> ask(client, systemPrompt, userPrompt)), attempts.errors);
        } catch (RetryException e) {
            return attempts.outcome(e.getCause());
        }
    }

    private static ModelReply ask(ModelClient client, String systemPrompt, String userPrompt) {
        try {
            return client.ask(systemPrompt, userPrompt);
        } catch (ModelCallException e) {
            throw e;
        } catch (RuntimeException e) {
            // a bug or a bad argument, not the server: record it rather than lose the prompt
            throw new ModelCallException(
                    FailureType.CLIENT_ERROR,
                    null,
                    null,
                    Redaction.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** One call's attempts: hears each failure from the template, records it with its wait, and takes that wait. */
    private final class Attempts implements RetryListener, BackOff {

        private final CancelToken token;
        private final List<AttemptError> errors = new ArrayList<>();
        private Duration nextWait;
        private boolean cancelled;

        Attempts(CancelToken token) {
            this.token = token;
        }

        @Override
        public void onRetryableExecution(
                org.springframework.core.retry.RetryPolicy policy, Retryable<?> retryable, RetryState state) {
            nextWait = null;
            if (!state.isSuccessful() && state.getLastException() instanceof ModelCallException failure) {
                int attempt = state.getExceptions().size();
                nextWait = nextWait(attempt, failure);
                errors.add(new AttemptError(
                        attempt, failure.type(), failure.httpStatus(), failure.getMessage(), nextWait));
            }
        }

        @Override
        public BackOffExecution start() {
            return () -> {
                if (nextWait == null) {
                    return BackOffExecution.STOP;
                }
                try {
                    // RetryTemplate's own sleep cannot be woken by a CancelToken: wait here and hand it zero
                    sleeper.sleep(nextWait, token);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                    return BackOffExecution.STOP;
                }
                cancelled = token.isCancelled();
                return cancelled ? BackOffExecution.STOP : 0;
            };
        }

        CallOutcome outcome(Throwable last) {
            if (last instanceof Error error) {
                throw error;
            }
            FailureType type = last instanceof ModelCallException failure ? failure.type() : FailureType.CLIENT_ERROR;
            return cancelled || type == FailureType.CANCELLED
                    ? CallOutcome.cancelled(errors)
                    : CallOutcome.failed(type, errors);
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
