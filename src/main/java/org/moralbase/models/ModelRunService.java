package org.moralbase.models;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.SeedSource;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.MoralMachineSettings;
import org.moralbase.security.CurrentUser;
import org.moralbase.study.AskableItem;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, watching and steering model runs. A run is visible to its creator, to whoever may see its study,
 * and to admins; others get "not found".
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ModelRunService {

    private final ModelRunRepository runs;
    private final RegisteredModelRepository models;
    private final AnswerTable answers;
    private final RunExecutor executor;
    private final ModelEndpoints endpoints;
    private final RunPlans plans;
    private final StudyService studies;
    private final CurrentUser currentUser;
    private final SeedSource seeds;
    private final Clock clock;
    private final AuditService audit;

    ModelRunService(
            ModelRunRepository runs,
            RegisteredModelRepository models,
            AnswerTable answers,
            RunExecutor executor,
            ModelEndpoints endpoints,
            RunPlans plans,
            StudyService studies,
            CurrentUser currentUser,
            SeedSource seeds,
            Clock clock,
            AuditService audit) {
        this.runs = runs;
        this.models = models;
        this.answers = answers;
        this.executor = executor;
        this.endpoints = endpoints;
        this.plans = plans;
        this.studies = studies;
        this.currentUser = currentUser;
        this.seeds = seeds;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates the run and starts asking in the background. */
    public RunSummary start(RunRequest request) {
        StudySummary study = studies.find(request.studyId())
                .filter(s -> s.kind() == StudyKind.MORAL_MACHINE || plans.asksItems(s.kind()))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Study: choose a Moral Machine, choice-pair or DVB study you can see"));
        boolean items = study.kind() != StudyKind.MORAL_MACHINE;
        if (!items && (request.scenarios() < 1 || request.scenarios() > 100_000)) {
            throw new IllegalArgumentException("Scenarios: 1 to 100,000");
        }
        if (request.samples() < 1 || request.samples() > 100) {
            throw new IllegalArgumentException("Samples per scenario: 1 to 100");
        }
        if (request.concurrency() < 1 || request.concurrency() > 256) {
            throw new IllegalArgumentException("Concurrency: 1 to 256");
        }
        if (models.findById(request.modelId()).isEmpty()) {
            throw new ModelNotFoundException("model", request.modelId());
        }
        try {
            endpoints.endpoint(request.modelId()); // the key must resolve before anything is stored
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("Model: " + e.getMessage());
        }
        long seed = request.seed() == null ? seeds.nextSeed() : request.seed();
        ModelRun run = runs.save(items ? itemRun(request, study, seed) : scenarioRun(request, study, seed));
        executor.launch(run.getId());
        audit.record(
                AuditAction.RUN_STARTED,
                "model_run",
                run.getId(),
                "model " + request.modelId() + ", study " + study.id());
        return summary(run);
    }

    /** How many of the study's items a model can be asked (0 for a Moral Machine study). */
    @Transactional(readOnly = true)
    public int askableItems(long studyId) {
        return studies.find(studyId).map(s -> plans.items(s.id()).size()).orElse(0);
    }

    private ModelRun scenarioRun(RunRequest request, StudySummary study, long seed) {
        MoralMachineSettings settings = MoralMachineSettings.fromJson(study.settings());
        return new ModelRun(
                request.modelId(),
                study.id(),
                RunSource.ASKED,
                request.mode() == null ? GeneratorMode.TAKEMOTO : request.mode(),
                settings.stimuli(),
                request.originalOrder(),
                seed,
                request.scenarios(),
                request.samples(),
                request.concurrency(),
                currentUser.requireId(),
                clock.instant());
    }

    private ModelRun itemRun(RunRequest request, StudySummary study, long seed) {
        List<AskableItem> items = plans.items(study.id());
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Study: it has no items a model can be asked yet");
        }
        int prompts = RunPlan.ofItems(items, request.bothOrders(), request.samples(), seed)
                .prompts()
                .size();
        return ModelRun.overItems(
                request.modelId(),
                study.id(),
                seed,
                items.size(),
                prompts,
                request.samples(),
                request.bothOrders(),
                request.concurrency(),
                currentUser.requireId(),
                clock.instant());
    }

    /** A run, with its progress. */
    @Transactional(readOnly = true)
    public Optional<RunSummary> find(long runId) {
        return runs.findById(runId).filter(this::visible).map(this::summary);
    }

    /** Runs, newest first (all visible ones). */
    @Transactional(readOnly = true)
    public List<RunSummary> list(int offset, int limit) {
        int size = Math.max(limit, 1);
        return runs.findAllByOrderByIdDesc(PageRequest.of(offset / size, size)).stream()
                .filter(this::visible)
                .map(this::summary)
                .toList();
    }

    /** A page of a run's stored outcomes, in prompt order. */
    @Transactional(readOnly = true)
    public List<StoredAnswer> answers(long runId, int offset, int limit) {
        require(runId);
        return answers.page(runId, offset, limit);
    }

    /** Holds back new prompts; those in flight finish. */
    @Transactional
    public void pause(long runId) {
        ModelRun run = requireActive(runId);
        run.setStatus(RunStatus.PAUSED, clock.instant());
        executor.pause(runId);
        audit.record(AuditAction.RUN_PAUSED, "model_run", runId, null);
    }

    /** Lets a paused run go on. */
    @Transactional
    public void resume(long runId) {
        ModelRun run = requireActive(runId);
        run.setStatus(RunStatus.RUNNING, clock.instant());
        runs.flush();
        executor.resume(runId);
        audit.record(AuditAction.RUN_RESUMED, "model_run", runId, null);
    }

    /** Ends a run; prompts not asked are stored as cancelled. */
    public void cancel(long runId) {
        requireActive(runId);
        executor.cancel(runId);
        audit.record(AuditAction.RUN_CANCELLED, "model_run", runId, null);
    }

    /**
     * Calls {@code listener} (from a background thread) after stored answers or state changes of a run the
     * caller may see; run the returned action to unsubscribe.
     */
    public Runnable subscribe(long runId, Consumer<Long> listener) {
        require(runId);
        return executor.subscribe(runId, listener);
    }

    private ModelRun requireActive(long runId) {
        ModelRun run = require(runId);
        if (!run.getStatus().active()) {
            throw new IllegalArgumentException("The run has ended (" + run.getStatus() + ")");
        }
        return run;
    }

    private ModelRun require(long runId) {
        return runs.findById(runId).filter(this::visible).orElseThrow(() -> new ModelNotFoundException("run", runId));
    }

    private boolean visible(ModelRun run) {
        if (currentUser.isAdmin() || run.getCreatedBy() == currentUser.requireId()) {
            return true;
        }
        return run.getStudyId() != null && studies.find(run.getStudyId()).isPresent();
    }

    private RunSummary summary(ModelRun run) {
        RunLiveProgress progress = executor.progress(run.getId(), run.getStatus())
                .orElseGet(() -> {
                    long[] c = answers.counts(run.getId());
                    return new RunLiveProgress(run.getStatus(), run.getTotalPrompts(), c[0], c[1], c[2], 0, null);
                });
        String modelName =
                models.findById(run.getModelRef()).map(m -> m.getName()).orElse("?");
        return new RunSummary(
                run.getId(),
                run.getModelRef(),
                modelName,
                run.getStudyId(),
                run.getSource(),
                run.getItems(),
                run.isBothOrders(),
                run.getGeneratorMode(),
                run.isOriginalOrder(),
                run.getRandomSeed(),
                run.getScenarioCount(),
                run.getSamples(),
                run.getConcurrency(),
                run.getCreatedAt(),
                run.getFinishedAt(),
                run.getNote(),
                progress);
    }
}
