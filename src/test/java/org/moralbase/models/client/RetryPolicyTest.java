package org.moralbase.models.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final ModelReply ANSWER = new ModelReply("Case 1", Duration.ofMillis(5), null, "STOP");

    /** A client that plays back a script of failures, then answers. */
    private static final class ScriptedClient implements ModelClient {
        final Deque<ModelCallException> failures;
        final AtomicInteger calls = new AtomicInteger();

        ScriptedClient(List<ModelCallException> failures) {
            this.failures = new ArrayDeque<>(failures);
        }

        @Override
        public ModelReply ask(String systemPrompt, String userPrompt) {
            calls.incrementAndGet();
            ModelCallException next = failures.poll();
            if (next != null) {
                throw next;
            }
            return ANSWER;
        }
    }

    private static ModelCallException serverError() {
        return new ModelCallException(FailureType.SERVER_ERROR, 500, null, "HTTP 500");
    }

    private static ModelClient alwaysFailing() {
        return (system, user) -> {
            throw serverError();
        };
    }

    private static RetryPolicy policy(long seed, RecordingSleeper sleeper) {
        return RetryPolicy.withDefaults(new SplittableRandom(seed))
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4))
                .withSleeper(sleeper);
    }

    @Test
    void stopsAfterMaxAttemptsWithEveryAttemptRecorded() {
        RecordingSleeper sleeper = new RecordingSleeper();

        CallOutcome outcome = policy(1, sleeper).call(alwaysFailing(), null, "x", new CancelToken());

        assertThat(outcome.failure()).isEqualTo(FailureType.SERVER_ERROR);
        assertThat(outcome.errors()).extracting(AttemptError::attempt).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(outcome.errors().getLast().waitAfter()).isNull();
        assertThat(sleeper.waits).hasSize(5);
    }

    @Test
    void backOffIsFullJitterUnderTheExponentialCeilingAndTheCap() {
        RecordingSleeper sleeper = new RecordingSleeper();

        policy(3, sleeper).call(alwaysFailing(), null, "x", new CancelToken());

        long[] ceilings = {1000, 2000, 4000, 4000, 4000};
        for (int i = 0; i < ceilings.length; i++) {
            assertThat(sleeper.waits.get(i).toMillis()).isBetween(0L, ceilings[i]);
        }
    }

    @Test
    void sameSeedGivesTheSameWaitsAndAnotherSeedDifferentOnes() {
        RecordingSleeper first = new RecordingSleeper();
        RecordingSleeper again = new RecordingSleeper();
        RecordingSleeper other = new RecordingSleeper();

        policy(42, first).call(alwaysFailing(), null, "x", new CancelToken());
        policy(42, again).call(alwaysFailing(), null, "x", new CancelToken());
        policy(43, other).call(alwaysFailing(), null, "x", new CancelToken());

        assertThat(again.waits).isEqualTo(first.waits);
        assertThat(other.waits).isNotEqualTo(first.waits);
    }

    @Test
    void jitterSpreadsOverTheWholeRange() {
        RetryPolicy policy = policy(5, new RecordingSleeper());
        long max = 0;
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 2000; i++) {
            long millis = policy.jitter(3).toMillis();
            max = Math.max(max, millis);
            min = Math.min(min, millis);
        }
        // full jitter, not "half" or "equal" jitter: both ends of [0, 4000] are reached
        assertThat(min).isLessThan(200);
        assertThat(max).isGreaterThan(3800);
    }

    @Test
    void waitsAtLeastRetryAfter() {
        RecordingSleeper sleeper = new RecordingSleeper();
        ScriptedClient client = new ScriptedClient(
                List.of(new ModelCallException(FailureType.RATE_LIMITED, 429, Duration.ofSeconds(30), "HTTP 429")));

        CallOutcome outcome = policy(1, sleeper).call(client, null, "x", new CancelToken());

        assertThat(outcome.answered()).isTrue();
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(30));
        assertThat(outcome.errors().getFirst().waitAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givesUpWhenRetryAfterExceedsTheLimit() {
        RecordingSleeper sleeper = new RecordingSleeper();
        ScriptedClient client = new ScriptedClient(
                List.of(new ModelCallException(FailureType.RATE_LIMITED, 429, Duration.ofHours(2), "HTTP 429")));

        CallOutcome outcome = policy(1, sleeper).call(client, null, "x", new CancelToken());

        assertThat(outcome.failure()).isEqualTo(FailureType.RATE_LIMITED);
        assertThat(client.calls).hasValue(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void doesNotRetryClientErrorsOrMalformedAnswers() {
        for (FailureType type : List.of(FailureType.CLIENT_ERROR, FailureType.MALFORMED)) {
            ScriptedClient client = new ScriptedClient(List.of(new ModelCallException(type, null, null, "no")));

            CallOutcome outcome = policy(1, new RecordingSleeper()).call(client, null, "x", new CancelToken());

            assertThat(outcome.failure()).isEqualTo(type);
            assertThat(client.calls).hasValue(1);
        }
    }

    @Test
    void cancellationDuringBackOffEndsTheCallCancelledWithItsErrors() {
        CancelToken token = new CancelToken();
        ScriptedClient client = new ScriptedClient(List.of(serverError(), serverError()));
        Sleeper cancelling = (duration, t) -> token.cancel();

        CallOutcome outcome =
                policy(1, new RecordingSleeper()).withSleeper(cancelling).call(client, null, "x", token);

        assertThat(outcome.failure()).isEqualTo(FailureType.CANCELLED);
        assertThat(outcome.errors()).hasSize(1);
        assertThat(client.calls).hasValue(1);
    }

    @Test
    void aCallCancelledBeforeItsFirstAttemptAsksNothing() {
        CancelToken token = new CancelToken();
        token.cancel();
        ScriptedClient client = new ScriptedClient(List.of());

        CallOutcome outcome = policy(1, new RecordingSleeper()).call(client, null, "x", token);

        assertThat(outcome.failure()).isEqualTo(FailureType.CANCELLED);
        assertThat(client.calls).hasValue(0);
    }

    @Test
    void anInterruptedBackOffEndsTheCallCancelledAndKeepsTheInterrupt() {
        ScriptedClient client = new ScriptedClient(List.of(serverError()));
        Sleeper interrupted = (duration, t) -> {
            throw new InterruptedException();
        };
        try {
            CallOutcome outcome = policy(1, new RecordingSleeper())
                    .withSleeper(interrupted)
                    .call(client, null, "x", new CancelToken());

            assertThat(outcome.failure()).isEqualTo(FailureType.CANCELLED);
            assertThat(outcome.errors()).hasSize(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void recordsAnUnexpectedExceptionInsteadOfThrowing() {
        ModelClient broken = (system, user) -> {
            throw new IllegalStateException("bug with Bearer sk-leaky-0123456789");
        };

        CallOutcome outcome = policy(1, new RecordingSleeper()).call(broken, null, "x", new CancelToken());

        assertThat(outcome.failure()).isEqualTo(FailureType.CLIENT_ERROR);
        assertThat(outcome.errors().getFirst().message())
                .contains("IllegalStateException")
                .doesNotContain("sk-leaky");
    }

    @Test
    void realSleeperWakesEarlyOnCancellation() throws InterruptedException {
        CancelToken token = new CancelToken();
        token.cancel();
        long start = System.nanoTime();

        Sleeper.real().sleep(Duration.ofSeconds(30), token);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
