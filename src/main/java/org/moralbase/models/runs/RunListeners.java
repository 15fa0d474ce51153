package org.moralbase.models.runs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who listens to which run ({@link RunExecutor#subscribe}); a run's list goes with its last listener. */
final class RunListeners {

    private static final Logger log = LoggerFactory.getLogger(RunListeners.class);

    private final Map<Long, List<Consumer<Long>>> byRun = new ConcurrentHashMap<>();

    Runnable subscribe(long runId, Consumer<Long> listener) {
        byRun.compute(runId, (id, list) -> {
            List<Consumer<Long>> out = list == null ? new CopyOnWriteArrayList<>() : list;
            out.add(listener);
            return out;
        });
        // the last one out removes the run's list, so ended runs leave nothing behind
        return () -> byRun.computeIfPresent(runId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** The runs someone listens to. */
    java.util.Set<Long> runs() {
        return java.util.Set.copyOf(byRun.keySet());
    }

    boolean has(long runId) {
        return byRun.containsKey(runId);
    }

    void notify(long runId) {
        for (Consumer<Long> listener : byRun.getOrDefault(runId, List.of())) {
            try {
                listener.accept(runId);
            } catch (RuntimeException e) {
                log.warn("run listener failed: {}", e.toString());
            }
        }
    }
}
