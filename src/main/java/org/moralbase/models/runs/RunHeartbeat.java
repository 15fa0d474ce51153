package org.moralbase.models.runs;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.moralbase.base.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The node's heartbeat for model runs (decision 0036): from start-up on, {@link RunExecutor#beat()} every heartbeat
 * renews this node's run leases, follows pause and cancel from other nodes, and continues runs whose node died.
 */
@Component
class RunHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

    private final RunExecutor executor;
    private final Leases leases;
    private volatile ScheduledExecutorService beats;

    RunHeartbeat(RunExecutor executor, Leases leases) {
        this.executor = executor;
        this.leases = leases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        beats = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("model-run-heartbeat").unstarted(r));
        long every = executor.heartbeat().toMillis();
        beats.scheduleWithFixedDelay(this::beatSafely, 0, every, TimeUnit.MILLISECONDS);
        log.info("model runs on node {}: heartbeat {}", leases.nodeId(), executor.heartbeat());
    }

    private void beatSafely() {
        try {
            executor.beat();
        } catch (RuntimeException e) {
            log.error("model run heartbeat on node {} failed: {}", leases.nodeId(), e.toString());
        }
    }

    @PreDestroy
    void stop() {
        if (beats != null) {
            beats.shutdownNow();
        }
    }
}
