package org.moralbase.models;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.SeedSource;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.models.registry.ModelEndpoints;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.models.runs.RunPlan;
import org.moralbase.models.runs.RunPlans;
import org.moralbase.security.CurrentUser;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.moralbase.study.RunSetting;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.dao.DataIntegrityViolationException;
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
    private final RunConditions conditions;
    private final ModelAccess access;

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
            AuditService audit,
            RunConditions conditions,
            ModelAccess access) {
        this.conditions = conditions;
        this.access = access;
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
        return start(request, null);
    }

    /**
     * Creates the run and starts asking in the background, once per request: a replay of the same request key by the
     * same account (a second click that slipped through, a script retrying) returns the run the first one started.
     *
     * @param requestKey the caller's key for this request (the start-run dialog makes one when it opens), or null
     */
    public RunSummary start(RunRequest request, String requestKey) {
        if (requestKey != null && (requestKey.isBlank() || requestKey.length() > 64)) {
            throw new IllegalArgumentException("Request key: 1 to 64 characters");
        }
        Optional<ModelRun> started = requestKey == null
                ? Optional.empty()
                : runs.findByCreatedByAndRequestKey(currentUser.requireId(), requestKey);
        if (started.isPresent()) {
            return summary(started.get());
        }
        StudySummary study = studies.find(request.studyId())
                .orElseThrow(() -> new IllegalArgumentException("Study: choose a study you can see"));
        ModelItems asked = plans.modelItems(study.kind())
                .orElseThrow(() -> new IllegalArgumentException("Study: models cannot be asked this kind of study"));
        if (request.samples() < 1 || request.samples() > 100) {
            throw new IllegalArgumentException(RunRequest.SAMPLES);
        }
        if (request.concurrency() < 1 || request.concurrency() > 256) {
            throw new IllegalArgumentException(RunRequest.CONCURRENCY);
        }
        Map<String, String> requested = new java.util.LinkedHashMap<>(request.settings());
        String condition = RunConditions.named(requested);
        RegisteredModel model = access.visible(request.modelId());
        Map<String, String> settings =
                asked.settingsAtStart(study.id(), request.modelId(), RunSetting.check(asked.settings(), requested));
        List<Map<String, String>> perRun = conditions.perRun(study.id(), condition, settings);
        if (!model.hasEndpoint()) {
            throw new IllegalArgumentException(
                    "Model: " + model.getName() + " has imported answers only; give it an endpoint to ask it");
        }
        try {
            // the key must be the caller's and resolve before anything is stored
            endpoints.endpoint(request.modelId(), currentUser.requireId());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("Model: " + e.getMessage());
        }
        long seed = request.seed() == null ? seeds.nextSeed() : request.seed();
        List<AskableItem> items = asked.items(study.id(), settings, seed);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Study: it has no items a model can be asked yet");
        }
        int prompts = RunPlan.of(items, request.bothOrders(), request.samples(), seed)
                .prompts()
                .size();
        RunSummary first = null;
        for (int i = 0; i < perRun.size(); i++) {
            ModelRun asking = ModelRun.asked(
                    request.modelId(),
                    study.id(),
                    study.kind(),
                    RunPlans.json(perRun.get(i)),
                    seed,
                    items.size(),
                    prompts,
                    request.samples(),
                    request.bothOrders(),
                    request.concurrency(),
                    currentUser.requireId(),
                    clock.instant());
            // one key per run of a request over several conditions; the first run keeps the caller's key
            asking.setRequestKey(i == 0 || requestKey == null ? requestKey : perConditionKey(requestKey, i));
            ModelRun run;
            try {
                run = runs.save(asking);
            } catch (DataIntegrityViolationException replay) {
                // the same request arrived twice at once: the other attempt stored the run and launches it
                return runs.findByCreatedByAndRequestKey(currentUser.requireId(), requestKey)
                        .map(this::summary)
                        .orElseThrow(() -> replay);
            }
            executor.launch(run.getId());
            audit.record(
                    AuditAction.RUN_STARTED,
                    "model_run",
                    run.getId(),
                    "model " + request.modelId() + ", study " + study.id()
                            + Optional.ofNullable(perRun.get(i).get(RunRequest.CONDITION))
                                    .map(c -> ", condition " + c)
                                    .orElse(""));
            first = first == null ? summary(run) : first;
        }
        return first;
    }

    private static String perConditionKey(String requestKey, int index) {
        String suffix = "#" + index;
        return requestKey.substring(0, Math.min(requestKey.length(), 64 - suffix.length())) + suffix;
    }

    /**
     * The codes of the study's between-subjects conditions (decision 0028); a run request names one as the setting
     * {@link RunPlans#CONDITION}, or asks every one, a run each.
     */
    @Transactional(readOnly = true)
    public List<String> conditions(long studyId) {
        return studies.find(studyId).map(s -> conditions.codes(s.id())).orElse(List.of());
    }

    /** How the study's kind asks models, or empty when models cannot be asked it (or the study is not visible). */
    @Transactional(readOnly = true)
    public Optional<ModelItems> modelItems(long studyId) {
        return studies.find(studyId).flatMap(s -> plans.modelItems(s.kind()));
    }

    /** How many items a run with these settings would ask (0 when none, or when the settings are not valid). */
    @Transactional(readOnly = true)
    public int itemCount(long studyId, Map<String, String> settings) {
        return studies.find(studyId)
                .flatMap(s -> plans.modelItems(s.kind()))
                .map(m -> {
                    try {
                        Map<String, String> checked =
                                m.settingsAtStart(studyId, RunSetting.check(m.settings(), settings));
                        return m.itemCount(studyId, checked);
                    } catch (IllegalArgumentException invalid) {
                        return 0;
                    }
                })
                .orElse(0);
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

    /** A page of a run's stored outcomes, in prompt order; {@code invalidOnly}: those without a valid answer. */
    @Transactional(readOnly = true)
    public List<RunAnswer> answers(long runId, boolean invalidOnly, int offset, int limit) {
        require(runId);
        return answers.page(runId, invalidOnly, offset, limit);
    }

    /**
     * Position bias: the share of valid answers that chose the option shown first (0.5 = none), NaN before the
     * first valid answer.
     */
    @Transactional(readOnly = true)
    public double firstShownShare(long runId) {
        require(runId);
        long[] p = answers.positions(runId);
        return p[0] == 0 ? Double.NaN : (double) p[1] / p[0];
    }

    /**
     * For kinds whose answers are scale points ({@code ModelItems#points} &gt; 2): the valid answers by point chosen,
     * element p counting point p (element 0 unused).
     */
    @Transactional(readOnly = true)
    public long[] pointCounts(long runId, int points) {
        require(runId);
        return answers.positionCounts(runId, points);
    }

    /** Every stored outcome of a run the caller may see, in prompt order. */
    @Transactional(readOnly = true)
    public List<RunAnswer> allAnswers(long runId) {
        require(runId);
        return answers.all(runId);
    }

    /** The node executing a run the caller may see (holding its lease, decision 0036), if any. */
    public Optional<String> executingNode(long runId) {
        require(runId);
        return Optional.ofNullable(executor.executingNode(runId));
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
                run.getKind(),
                run.getSource(),
                RunPlans.settings(run),
                run.isBothOrders(),
                run.getRandomSeed(),
                run.getItemCount(),
                run.getSamples(),
                run.getConcurrency(),
                run.getCreatedAt(),
                run.getFinishedAt(),
                run.getNote(),
                progress);
    }
}
