package org.moralbase.models.runs;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.ToIntBiFunction;
import org.moralbase.base.Leases;
import org.moralbase.base.Retries;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.RunEnded;
import org.moralbase.models.RunLiveProgress;
import org.moralbase.models.RunStatus;
import org.moralbase.models.client.BoundedRunner;
import org.moralbase.models.client.CallOutcome;
import org.moralbase.models.client.FailureType;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.ModelPrompt;
import org.moralbase.models.client.RetryPolicy;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.registry.ModelEndpoints;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs model runs in the background: one {@link BoundedRunner} per active run, its outcomes stored by an
 * {@link AnswerWriter} as they arrive. No access checks here ({@link ModelRunService} does them): runs go on
 * with nobody signed in. A run executes on the node holding its lease (decision 0036); the heartbeat ({@link
 * RunHeartbeat}) renews it, and a run left RUNNING by a node that died continues on another with the prompts that have
 * no stored outcome.
 */
@Component
public class RunExecutor {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

    private final ModelRunRepository runs;
    private final AnswerTable answers;
    private final ModelEndpoints endpoints;
    private final RunPlans plans;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Retries storing;
    private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
    private final RunListeners listeners = new RunListeners();

    /**
     * Off only for a second application context on the same database (tests), which must leave runs alone: no
     * sweep for runs without a live lease.
     */
    @Value("${moralbase.models.resume-on-start:true}")
    private boolean resumeOnStart = true;

    private final Leases leases;
    private final ApplicationEventPublisher events;
    private final Duration lease;
    private final Duration heartbeat;
    private volatile boolean killed;

    RunExecutor(
            ModelRunRepository runs,
            AnswerTable answers,
            ModelEndpoints endpoints,
            RunPlans plans,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${moralbase.models.store-retry-budget:5m}") Duration storeBudget,
            Leases leases,
            @Value("${moralbase.models.lease:30s}") Duration lease,
            @Value("${moralbase.models.heartbeat:10s}") Duration heartbeat,
            ApplicationEventPublisher events) {
        this.events = events;
        this.leases = leases;
        this.lease = lease;
        this.heartbeat = heartbeat;
        this.runs = runs;
        this.answers = answers;
        this.endpoints = endpoints;
        this.plans = plans;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.storing = Retries.transientDatabase(storeBudget);
    }

    /**
     * One heartbeat: renews the lease of every run executing here (a run whose lease another node took stops
     * here without storing its end), follows pause, resume and cancel stored by a page on another node, and
     * continues RUNNING runs whose lease has expired (their executing node died) from their stored answers.
     */
    public void beat() {
        if (killed) {
            return;
        }
        for (ActiveRun live : List.copyOf(active.values())) {
            if (!leases.take(leaseName(live.runId), lease)) {
                log.warn("model run {}: node {} lost its lease; it stops here", live.runId, leases.nodeId());
                stop(live.runId);
                continue;
            }
            runs.findStatus(live.runId).ifPresent(live::follow);
        }
        // pages here that follow a run executing on another node read its stored progress once a beat (issue 16)
        for (long runId : listeners.runs()) {
            if (!active.containsKey(runId)) {
                listeners.notify(runId);
            }
        }
        if (!resumeOnStart) {
            return;
        }
        for (ModelRun run : runs.findByStatus(RunStatus.RUNNING)) {
            if (active.containsKey(run.getId())) {
                continue;
            }
            try {
                launch(run.getId());
            } catch (RuntimeException e) {
                log.error("model run {} could not resume: {}", run.getId(), e.getMessage());
            }
        }
    }

    /** Stops the heartbeat and the runs here without giving up their leases: a node that dies (tests). */
    public void kill() {
        killed = true;
        for (ActiveRun live : List.copyOf(active.values())) {
            live.stopping = true;
            live.killed = true;
            live.handle.cancel();
        }
    }

    /** How often {@link RunHeartbeat} beats: well inside the lease. */
    Duration heartbeat() {
        return heartbeat;
    }

    /** The node executing a run (holding its live lease), or null. */
    public String executingNode(long runId) {
        return leases.holder(leaseName(runId));
    }

    private static String leaseName(long runId) {
        return "run:" + runId;
    }

    /**
     * Starts (or continues) a run's missing prompts if this node can take its lease; no-op if it is already
     * running here or another node holds its lease.
     */
    public synchronized void launch(long runId) {
        if (active.containsKey(runId)) {
            return;
        }
        if (!leases.take(leaseName(runId), lease)) {
            log.debug("model run {} executes on node {}", runId, leases.holder(leaseName(runId)));
            return;
        }
        log.info("model run {} executes on node {}", runId, leases.nodeId());
        ModelRun run = runs.findById(runId).orElseThrow(() -> new ModelNotFoundException("run", runId));
        RunPlan plan = plans.planOf(run);
        ModelItems kindReading = plans.modelItems(run.getKind())
                .orElseThrow(() -> new IllegalStateException("kind of study " + run.getKind() + " is not installed"));
        ToIntBiFunction<AskableItem, String> reading = RunPlans.reader(run, kindReading);
        Set<Integer> done = answers.storedPromptIndexes(runId);
        List<ModelPrompt> missing = plan.prompts().stream()
                .filter(p -> !done.contains(p.index()))
                .map(RunPlan.Planned::prompt)
                .toList();
        long[] counts = answers.counts(runId);
        ModelEndpoint endpoint = endpoints.endpoint(run.getModelRef(), run.getCreatedBy());
        ActiveRun live = new ActiveRun(runId, plan.prompts().size(), counts, clock.instant());
        live.writer = new AnswerWriter(
                runId,
                batch -> tx.executeWithoutResult(s -> answers.insert(batch)),
                storing,
                batch -> stored(live, batch));
        RetryPolicy policy = RetryPolicy.withDefaults(new SplittableRandom(run.getRandomSeed()));
        BoundedRunner runner = new BoundedRunner(endpoints.client(endpoint), policy, run.getConcurrency(), clock);
        active.put(runId, live);
        live.handle =
                runner.start(missing, (prompt, outcome) -> onOutcome(live, plan, reading, endpoint, prompt, outcome));
        if (run.getStatus() == RunStatus.PAUSED) {
            live.handle.pause();
        }
        Thread.ofVirtual().name("model-run-watch-" + runId).start(() -> watch(live));
    }

    private void onOutcome(
            ActiveRun live,
            RunPlan plan,
            ToIntBiFunction<AskableItem, String> reading,
            ModelEndpoint endpoint,
            ModelPrompt prompt,
            CallOutcome outcome) {
        if (live.stopping && outcome.failure() == FailureType.CANCELLED) {
            return; // a stop, not a cancel: leave the prompt for the resume
        }
        live.writer.add(RunAnswers.of(
                live.runId,
                plan.get(Integer.parseInt(prompt.id())),
                reading,
                endpoint.apiKey(),
                outcome,
                clock.instant()));
    }

    private void stored(ActiveRun live, List<RunAnswer> batch) {
        live.count(batch);
        listeners.notify(live.runId);
    }

    private void watch(ActiveRun live) {
        try {
            while (!live.handle.awaitCompletion(Duration.ofMinutes(1))) {
                // a long run: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        live.writer.close();
        try {
            if (!live.stopping) {
                RunStatus end = endOf(live);
                storing.run(() -> {
                    tx.executeWithoutResult(s -> runs.findById(live.runId).ifPresent(r -> ended(r, end)));
                    return end;
                });
            }
        } catch (RuntimeException e) {
            // the run stays RUNNING, which the next start resumes
            log.error("model run {}: its end could not be stored: {}", live.runId, e.toString());
        } finally {
            active.remove(live.runId);
            if (!live.killed) {
                try {
                    leases.release(leaseName(live.runId));
                } catch (RuntimeException e) {
                    log.warn("model run {}: lease not released, it expires: {}", live.runId, e.toString());
                }
            }
            listeners.notify(live.runId);
            live.ended.countDown(); // after the listeners: whoever awaits the end finds them told (and gone)
        }
    }

    /** Stores the run's end in the caller's transaction and, for a finished or cancelled run, says so. */
    private void ended(ModelRun run, RunStatus end) {
        Instant now = clock.instant();
        run.setStatus(end, now);
        if (!end.active()) {
            events.publishEvent(new RunEnded(run.getId(), run.getStudyId(), run.getModelRef(), end, now));
        }
    }

    /** FINISHED or CANCELLED; PAUSED if outcomes were dropped, so that resuming asks those prompts again. */
    private RunStatus endOf(ActiveRun live) {
        int dropped = live.writer.dropped();
        if (dropped > 0) {
            log.error(
                    "model run {} is paused: {} outcomes could not be stored; resume it to ask them again",
                    live.runId,
                    dropped);
            return RunStatus.PAUSED;
        }
        return live.cancelRequested ? RunStatus.CANCELLED : RunStatus.FINISHED;
    }

    /** Holds back new prompts of an active run. */
    public void pause(long runId) {
        Optional.ofNullable(active.get(runId)).ifPresent(r -> r.handle.pause());
        listeners.notify(runId);
    }

    /** Lets an active run go on, or launches a paused one this server has not started yet. */
    public void resume(long runId) {
        ActiveRun live = active.get(runId);
        if (live != null) {
            live.handle.resume();
        } else {
            launch(runId);
        }
        listeners.notify(runId);
    }

    /**
     * Cancels a run: prompts not asked yet are stored as {@link FailureType#CANCELLED}, so every prompt ends
     * with one outcome. The status becomes CANCELLED once they are stored.
     */
    public void cancel(long runId) {
        ActiveRun live = active.get(runId);
        if (live == null) {
            // paused and not started since a restart: launch it cancelled, which stores the rest as cancelled
            launch(runId);
            live = active.get(runId);
        }
        if (live != null) {
            live.cancelRequested = true;
            live.handle.cancel();
        } else {
            // executing on another node: it reads CANCELLED at its next heartbeat and stores the rest as cancelled
            tx.executeWithoutResult(s -> runs.findById(runId)
                    .filter(r -> r.getStatus().active())
                    .ifPresent(r -> ended(r, RunStatus.CANCELLED)));
        }
    }

    /**
     * Stops a run on this server without cancelling it (shutdown): prompts not yet answered stay without an
     * outcome, and the run stays RUNNING for the next start to resume. Waits until everything answered is
     * stored.
     */
    public void stop(long runId) {
        ActiveRun live = active.get(runId);
        if (live == null) {
            return;
        }
        live.stopping = true;
        live.handle.cancel();
        try {
            live.ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops every run at shutdown; they resume at the next start. */
    @PreDestroy
    void stopAll() {
        for (Long id : List.copyOf(active.keySet())) {
            stop(id);
        }
    }

    /** Whether the run is being asked on this server. */
    public boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    /** Waits until an active run ends; returns at once if it is not active. */
    public boolean awaitEnd(long runId, Duration timeout) throws InterruptedException {
        ActiveRun live = active.get(runId);
        return live == null || live.ended.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Live progress of an active run, or empty if it is not running here. */
    public Optional<RunLiveProgress> progress(long runId, RunStatus status) {
        return Optional.ofNullable(active.get(runId)).map(live -> live.progress(status, clock.instant()));
    }

    /** Calls {@code listener} with the run id after each stored batch and state change, from any thread. */
    public Runnable subscribe(long runId, Consumer<Long> listener) {
        return listeners.subscribe(runId, listener);
    }

    /** Whether anyone listens to this run. */
    public boolean hasSubscribers(long runId) {
        return listeners.has(runId);
    }
}
