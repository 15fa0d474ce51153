package org.moralbase.models.client;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A running {@link BoundedRunner} job: pause, resume, cancel, progress. Pausing and cancelling affect
 * prompts not yet started; prompts in flight finish their current attempt (a cancelled one then stops
 * retrying and ends {@link FailureType#CANCELLED}).
 */
public final class RunHandle {

    private static final System.Logger LOG = System.getLogger(RunHandle.class.getName());

    private final ModelClient client;
    private final RetryPolicy policy;
    private final int concurrency;
    private final InstantSource clock;
    private final List<ModelPrompt> prompts;
    private final OutcomeListener listener;

    private final Semaphore permits;
    private final CancelToken token = new CancelToken();
    private final ReentrantLock pauseLock = new ReentrantLock();
    private final Condition unpaused = pauseLock.newCondition();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean paused;
    private volatile Instant startedAt;

    RunHandle(
            ModelClient client,
            RetryPolicy policy,
            int concurrency,
            InstantSource clock,
            List<ModelPrompt> prompts,
            OutcomeListener listener) {
        this.client = client;
        this.policy = policy;
        this.concurrency = concurrency;
        this.clock = clock;
        this.prompts = prompts;
        this.listener = listener;
        this.permits = new Semaphore(concurrency);
    }

    void launch() {
        startedAt = clock.instant();
        Thread.ofVirtual().name("model-run-dispatcher").start(this::dispatch);
    }

    /** Holds back prompts not yet started; those in flight continue. */
    public void pause() {
        paused = true;
    }

    /** Lets held-back prompts start again. */
    public void resume() {
        pauseLock.lock();
        try {
            paused = false;
            unpaused.signalAll();
        } finally {
            pauseLock.unlock();
        }
    }

    /** Ends the run: prompts not started are reported {@link FailureType#CANCELLED}; idempotent. */
    public void cancel() {
        pauseLock.lock();
        try {
            token.cancel();
            unpaused.signalAll();
        } finally {
            pauseLock.unlock();
        }
    }

    /** Waits until every prompt has its outcome reported; returns whether that happened in time. */
    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Whether every prompt has its outcome reported. */
    public boolean isDone() {
        return finished.getCount() == 0;
    }

    /** A snapshot of the counts, the rate and the estimated time left. */
    public RunProgress progress() {
        int done = answered.get() + failed.get();
        int flying = inFlight.get();
        double seconds = Duration.between(startedAt, clock.instant()).toNanos() / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int left = prompts.size() - done - cancelled.get();
        Duration eta = rate > 0 ? Duration.ofMillis(Math.round(left / rate * 1000)) : null;
        return new RunProgress(
                prompts.size(), answered.get(), failed.get(), cancelled.get(), flying, paused, rate, eta);
    }

    private void dispatch() {
        int next = 0;
        try {
            for (; next < prompts.size(); next++) {
                if (!awaitUnpaused()) {
                    break;
                }
                permits.acquire();
                if (token.isCancelled()) {
                    permits.release();
                    break;
                }
                ModelPrompt prompt = prompts.get(next);
                inFlight.incrementAndGet();
                Thread.ofVirtual().name("model-call-" + prompt.id()).start(() -> work(prompt));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // nothing is dropped: whatever was not started is reported cancelled
            for (int i = next; i < prompts.size(); i++) {
                report(prompts.get(i), CallOutcome.cancelled(List.of()));
            }
            permits.acquireUninterruptibly(concurrency);
            finished.countDown();
        }
    }

    /** Blocks while paused; returns false once cancelled. */
    private boolean awaitUnpaused() throws InterruptedException {
        pauseLock.lock();
        try {
            while (paused && !token.isCancelled()) {
                unpaused.await();
            }
            return !token.isCancelled();
        } finally {
            pauseLock.unlock();
        }
    }

    private void work(ModelPrompt prompt) {
        CallOutcome outcome;
        try {
            outcome = policy.call(client, prompt.systemPrompt(), prompt.userPrompt(), token);
        } catch (RuntimeException e) {
            // RetryPolicy never throws; should it ever, the prompt still gets its outcome
            outcome = CallOutcome.failed(
                    FailureType.CLIENT_ERROR,
                    List.of(new AttemptError(
                            1, FailureType.CLIENT_ERROR, null, Redaction.redact(String.valueOf(e)), null)));
        }
        count(outcome);
        inFlight.decrementAndGet();
        try {
            notifyListener(prompt, outcome);
        } finally {
            // the slot frees only after the outcome is handed over, so storage keeps pace with calls
            permits.release();
        }
    }

    private void report(ModelPrompt prompt, CallOutcome outcome) {
        count(outcome);
        notifyListener(prompt, outcome);
    }

    private void count(CallOutcome outcome) {
        if (outcome.answered()) {
            answered.incrementAndGet();
        } else if (outcome.failure() == FailureType.CANCELLED) {
            cancelled.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
    }

    private void notifyListener(ModelPrompt prompt, CallOutcome outcome) {
        try {
            listener.onOutcome(prompt, outcome);
        } catch (RuntimeException e) {
            // the listener's own failure must not stop the run; storing reliably is its job
            LOG.log(System.Logger.Level.ERROR, "outcome listener failed for prompt " + prompt.id(), e);
        }
    }
}
