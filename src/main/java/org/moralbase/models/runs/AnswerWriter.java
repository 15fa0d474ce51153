package org.moralbase.models.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.moralbase.base.Retries;
import org.moralbase.models.RunAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one run's outcomes in batches on its own thread. The queue is bounded, so when the database is
 * slower than the model, workers wait in the runner's callback and the run slows down instead of piling up
 * memory. A batch is retried through a brief database outage within the store budget (decision 0013); a batch
 * that still cannot be stored is logged and dropped, so the run can end. Dropped outcomes, like those still
 * queued at a crash, have no stored row: the run's next resume asks those prompts again.
 */
final class AnswerWriter {

    private static final Logger log = LoggerFactory.getLogger(AnswerWriter.class);
    private static final int BATCH = 256;
    private static final RunAnswer POISON =
            new RunAnswer(-1, -1, -1, -1, "", null, null, null, 0, false, null, 0, null, null, java.time.Instant.EPOCH);

    private final long runId;
    private final Consumer<List<RunAnswer>> store;
    private final Retries retries;
    private final Consumer<List<RunAnswer>> onStored;
    private final BlockingQueue<RunAnswer> queue = new ArrayBlockingQueue<>(4 * BATCH);
    private final Thread thread;
    private volatile int dropped;

    /**
     * @param store writes one batch in one transaction
     * @param retries how long a batch is retried through an outage before it is dropped
     * @param onStored told of each stored batch, on the writer's thread
     */
    AnswerWriter(long runId, Consumer<List<RunAnswer>> store, Retries retries, Consumer<List<RunAnswer>> onStored) {
        this.runId = runId;
        this.store = store;
        this.retries = retries;
        this.onStored = onStored;
        this.thread =
                Thread.ofPlatform().daemon().name("model-run-writer-" + runId).start(this::loop);
    }

    /** Queues an outcome, waiting while the queue is full. */
    void add(RunAnswer answer) {
        try {
            queue.put(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing an answer", e);
        }
    }

    /** Stores everything queued (or drops what cannot be stored), then ends the thread. */
    void close() {
        add(POISON);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many outcomes could not be stored and were dropped; final once {@link #close()} returned. */
    int dropped() {
        return dropped;
    }

    private void loop() {
        List<RunAnswer> batch = new ArrayList<>(BATCH);
        boolean closing = false;
        while (!closing) {
            try {
                RunAnswer first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
            } catch (InterruptedException e) {
                // keep going: close() is the only way out, so nothing queued is lost
                continue;
            }
            closing = batch.remove(POISON);
            if (!batch.isEmpty()) {
                store(batch);
                batch.clear();
            }
        }
    }

    private void store(List<RunAnswer> batch) {
        try {
            retries.run(() -> {
                store.accept(batch);
                return batch;
            });
        } catch (RuntimeException e) {
            // never stored, so never reported: these prompts have no outcome and the next resume asks them again
            dropped += batch.size();
            log.error(
                    "model run {}: {} outcomes could not be stored and are dropped; prompts {} have no outcome and"
                            + " are asked again when the run resumes",
                    runId,
                    batch.size(),
                    batch.stream().map(RunAnswer::promptIndex).toList(),
                    e);
            return;
        }
        onStored.accept(List.copyOf(batch));
    }
}
