package org.moralbase.models.runs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.models.RunEnded;
import org.moralbase.models.RunSource;
import org.moralbase.models.RunStatus;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs that follow a finished run ({@link ModelItems#nextRun}, e.g. the next active-learning round of a utility
 * study): started when the finished run's end is stored, as its creator, with its model, samples, order and
 * concurrency. Once only: the follow-up carries the request key {@code after-run-<id>}, unique per creator, so a
 * second notice of the same end (another node, a replay) stores nothing.
 */
@Component
class RunRounds {

    private static final Logger LOG = LoggerFactory.getLogger(RunRounds.class);

    private final ModelRunRepository runs;
    private final RunPlans plans;
    private final RunExecutor executor;
    private final AuditService audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    RunRounds(
            ModelRunRepository runs,
            RunPlans plans,
            RunExecutor executor,
            AuditService audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.runs = runs;
        this.plans = plans;
        this.executor = executor;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        // after the finished run's commit its transaction is still bound to the thread: a new one, not that one
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRunEnded(RunEnded ended) {
        if (ended.status() != RunStatus.FINISHED || ended.studyId() == null) {
            return;
        }
        try {
            Long next = tx.execute(s -> follow(ended.runId()));
            if (next != null) {
                executor.launch(next);
            }
        } catch (RuntimeException e) {
            LOG.error("model run {}: the run that follows it could not start: {}", ended.runId(), e.toString());
        }
    }

    /** Stores the run that follows, or returns null when none does. */
    private Long follow(long runId) {
        ModelRun run = runs.findById(runId).orElse(null);
        if (run == null || run.getSource() != RunSource.ASKED || run.getStudyId() == null) {
            return null;
        }
        ModelItems kind = plans.modelItems(run.getKind()).orElse(null);
        long studyId = run.getStudyId();
        Optional<Map<String, String>> next =
                kind == null ? Optional.empty() : kind.nextRun(studyId, run.getModelRef(), RunPlans.settings(run));
        if (next.isEmpty()) {
            return null;
        }
        String key = "after-run-" + runId;
        if (runs.findByCreatedByAndRequestKey(run.getCreatedBy(), key).isPresent()) {
            return null;
        }
        Map<String, String> settings = kind.settingsAtStart(studyId, run.getModelRef(), next.get());
        List<AskableItem> items = kind.items(studyId, settings, run.getRandomSeed());
        if (items.isEmpty()) {
            return null;
        }
        int prompts = RunPlan.of(items, run.isBothOrders(), run.getSamples(), run.getRandomSeed())
                .prompts()
                .size();
        ModelRun following = ModelRun.asked(
                run.getModelRef(),
                studyId,
                run.getKind(),
                RunPlans.json(settings),
                run.getRandomSeed(),
                items.size(),
                prompts,
                run.getSamples(),
                run.isBothOrders(),
                run.getConcurrency(),
                run.getCreatedBy(),
                clock.instant());
        following.setRequestKey(key);
        try {
            following = runs.saveAndFlush(following);
        } catch (DataIntegrityViolationException replay) {
            return null; // another node stored it first
        }
        audit.recordAs(
                "system",
                AuditAction.RUN_STARTED,
                "model_run",
                following.getId(),
                "follows run " + runId + " (" + items.size() + " items), model " + run.getModelRef() + ", study "
                        + studyId);
        return following.getId();
    }
}
