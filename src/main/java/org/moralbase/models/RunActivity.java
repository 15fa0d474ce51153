package org.moralbase.models;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.runs.RunExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the comparison views when any model run changes: stored answers arrive as {@link ModelAnswersStored}
 * (runs and imports alike); the end of a run being asked here comes from the executor, which reports it once
 * the final status is committed. No access checks here: a {@link RunChange} carries no data, and the views
 * read through the services.
 */
@Component
public class RunActivity {

    private static final Logger log = LoggerFactory.getLogger(RunActivity.class);

    private final RunExecutor executor;
    private final List<Consumer<RunChange>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Runnable> watched = new ConcurrentHashMap<>();

    private final ModelRunRepository runs;
    private final Set<Long> runningElsewhere = ConcurrentHashMap.newKeySet();

    RunActivity(RunExecutor executor, ModelRunRepository runs) {
        this.executor = executor;
        this.runs = runs;
    }

    /** Calls {@code listener} (from a background thread, unthrottled) after each change; close to stop. */
    public AutoCloseable subscribe(Consumer<RunChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Runs executing on other nodes of a cluster send nothing here (decision 0041): while a view listens, each of them
     * counts as changed every {@code moralbase.live.catch-up}, and one that stopped running since the last look as
     * ended.
     */
    @Scheduled(initialDelayString = "${moralbase.live.catch-up:5s}", fixedDelayString = "${moralbase.live.catch-up:5s}")
    void followOtherNodes() {
        if (listeners.isEmpty()) {
            runningElsewhere.clear();
            return;
        }
        Set<Long> now = new HashSet<>();
        for (ModelRun run : runs.findByStatus(RunStatus.RUNNING)) {
            if (!executor.isActive(run.getId())) {
                now.add(run.getId());
            }
        }
        now.forEach(id -> tell(new RunChange(id, false)));
        for (Long id : Set.copyOf(runningElsewhere)) {
            if (!now.contains(id) && !executor.isActive(id)) {
                tell(new RunChange(id, true));
            }
        }
        runningElsewhere.retainAll(now);
        runningElsewhere.addAll(now);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAnswersStored(ModelAnswersStored event) {
        long runId = event.runId();
        if (executor.isActive(runId)) {
            watchEnd(runId);
            tell(new RunChange(runId, false));
        } else {
            tell(new RunChange(runId, true)); // an import: stored whole and finished in one transaction
        }
    }

    /** Listens to the executor for the run's end, once per run. */
    private void watchEnd(long runId) {
        if (watched.containsKey(runId)) {
            return;
        }
        Runnable stop = executor.subscribe(runId, id -> endIfOver(id));
        if (watched.putIfAbsent(runId, stop) != null) {
            stop.run(); // another batch's thread got there first
        }
        endIfOver(runId); // it may have ended before the subscription
    }

    private void endIfOver(long runId) {
        if (executor.isActive(runId)) {
            return; // a pause or resume
        }
        Runnable stop = watched.remove(runId);
        if (stop != null) {
            stop.run();
            tell(new RunChange(runId, true));
        }
    }

    private void tell(RunChange change) {
        for (Consumer<RunChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A run activity listener failed", e);
            }
        }
    }
}
