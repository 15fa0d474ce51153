package org.moralbase.models.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.RunLiveProgress;
import org.moralbase.models.RunStatus;
import org.moralbase.models.client.RunHandle;

/** One run being asked on this node ({@link RunExecutor}): its handle, writer and counts. */
final class ActiveRun {
    final long runId;
    final int total;
    final Instant launchedAt;
    final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    volatile RunHandle handle;
    volatile AnswerWriter writer;
    volatile boolean stopping;
    volatile boolean killed;
    volatile boolean cancelRequested;
    // written by the writer thread only
    volatile long stored;
    volatile long answered;
    volatile long valid;
    volatile long storedHere;

    ActiveRun(long runId, int total, long[] counts, Instant launchedAt) {
        this.runId = runId;
        this.total = total;
        this.stored = counts[0];
        this.answered = counts[1];
        this.valid = counts[2];
        this.launchedAt = launchedAt;
    }

    /** Counts a batch just stored (the writer thread only). */
    void count(List<RunAnswer> batch) {
        for (RunAnswer a : batch) {
            stored++;
            if (a.failure() == null) {
                answered++;
            }
            if (a.valid()) {
                valid++;
            }
        }
        storedHere += batch.size();
    }

    /** Follows a status stored by another node's page (pause, resume, cancel). */
    void follow(RunStatus status) {
        boolean paused = handle.progress().paused();
        if (status == RunStatus.PAUSED && !paused) {
            handle.pause();
        } else if (status == RunStatus.RUNNING && paused) {
            handle.resume();
        } else if (status == RunStatus.CANCELLED && !cancelRequested) {
            cancelRequested = true;
            handle.cancel();
        }
    }

    /** The live progress at {@code now}, with the stored {@code status} (paused here shows as paused). */
    RunLiveProgress progress(RunStatus status, Instant now) {
        double seconds = Duration.between(launchedAt, now).toNanos() / 1e9;
        double rate = seconds > 0 ? storedHere / seconds : 0;
        long left = total - stored;
        Duration eta = rate > 0 ? Duration.ofMillis(Math.round(left / rate * 1000)) : null;
        RunStatus shown = handle.progress().paused() ? RunStatus.PAUSED : status;
        return new RunLiveProgress(shown, total, stored, answered, valid, rate, eta);
    }
}
