package org.moralbase.models.runs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.domain.AnswerTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one run's outcomes in batches on its own thread. The queue is bounded, so when the database is
 * slower than the model, workers wait in the runner's callback and the run slows down instead of piling up
 * memory. A failed batch is retried, never dropped; outcomes still queued at a crash are simply asked again
 * on resume (they have no stored row).
 */
final class AnswerWriter {

    private static final Logger log = LoggerFactory.getLogger(AnswerWriter.class);
    private static final int BATCH = 256;
    private static final RunAnswer POISON =
            new RunAnswer(-1, -1, -1, -1, "", null, null, null, 0, false, null, 0, null, null, java.time.Instant.EPOCH);

    private final AnswerTable table;
    private final TransactionTemplate tx;
    private final Consumer<List<RunAnswer>> onStored;
    private final BlockingQueue<RunAnswer> queue = new ArrayBlockingQueue<>(4 * BATCH);
    private final Thread thread;

    AnswerWriter(long runId, AnswerTable table, TransactionTemplate tx, Consumer<List<RunAnswer>> onStored) {
        this.table = table;
        this.tx = tx;
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

    /** Stores everything queued, then ends the thread. */
    void close() {
        add(POISON);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
                onStored.accept(List.copyOf(batch));
                batch.clear();
            }
        }
    }

    private void store(List<RunAnswer> batch) {
        long wait = 100;
        while (true) {
            try {
                tx.executeWithoutResult(status -> table.insert(batch));
                return;
            } catch (RuntimeException e) {
                log.warn("storing {} model answers failed, retrying in {} ms: {}", batch.size(), wait, e.toString());
                try {
                    Thread.sleep(Duration.ofMillis(wait));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                wait = Math.min(wait * 2, 10_000);
            }
        }
    }
}
