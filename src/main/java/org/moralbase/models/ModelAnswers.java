package org.moralbase.models;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.models.runs.RunPlans;
import org.moralbase.security.CurrentUser;
import org.moralbase.stats.scaling.ModelFamily;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one store of model answers, for every kind of study (decision 0012): what runs asked and what was imported,
 * each under its registry entry. Kinds read their studies' answers here and hand over the answers they import.
 * Callers have checked the study (these methods take its id as given).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ModelAnswers {

    private static final int BATCH = 500;

    private final AnswerTable answers;
    private final ModelRunRepository runs;
    private final RegisteredModelRepository models;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ModelAnswers(
            AnswerTable answers,
            ModelRunRepository runs,
            RegisteredModelRepository models,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.answers = answers;
        this.runs = runs;
        this.models = models;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every model's answers to the study's items, asked or imported, tallied per item in the item's own labels. Also
     * without an account, for a kind planning the run that follows a finished one ({@code ModelItems#nextRun}, e.g. an
     * active-learning round): counts of model answers, nothing of a participant.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ItemTally> tallies(long studyId) {
        return answers.itemTallies(studyId);
    }

    /**
     * The ids of the study's runs that asked this condition (decision 0028; runs keep it in their settings), for
     * results split by condition. Imported runs asked none. Also without an account, as {@link #tallies}.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Set<Long> runsInCondition(long studyId, String conditionCode) {
        Set<Long> out = new java.util.HashSet<>();
        for (ModelRun run : runs.findByStudyIdOrderByIdDesc(studyId)) {
            if (conditionCode.equals(RunPlans.settings(run).get(RunRequest.CONDITION))) {
                out.add(run.getId());
            }
        }
        return out;
    }

    /**
     * Every model's answers to the study's items, each with its run's sample and the position (scale point) chosen, 0
     * for unreadable ones.
     */
    @Transactional(readOnly = true)
    public List<SamplePoint> samplePoints(long studyId) {
        return answers.samplePoints(studyId);
    }

    /** How many model answers the study holds, asked and imported. */
    @Transactional(readOnly = true)
    public long count(long studyId) {
        return answers.countForStudy(studyId);
    }

    /**
     * Stores answers made elsewhere to a study's items: one imported run per model, under the registry entry of that
     * name (created and marked imported when there is none). A model that already has imported answers on this study
     * is refused unless {@code replace}, and then its earlier import is removed, so an import never duplicates.
     * Nothing is stored unless everything can be.
     *
     * @param kind the study's kind (a {@code StudyKind} id)
     * @param source the file's name, for the runs' notes and the audit log
     * @throws IllegalArgumentException naming the models imported before, when not {@code replace}
     */
    @Transactional
    public ImportSummary importAnswers(
            long studyId, String kind, String source, List<ImportedAnswer> imported, boolean replace) {
        Map<String, List<ImportedAnswer>> byModel = new LinkedHashMap<>();
        imported.forEach(a -> byModel.computeIfAbsent(a.model().strip(), m -> new ArrayList<>())
                .add(a));
        List<String> before = new ArrayList<>();
        for (String name : byModel.keySet()) {
            models.findByName(name)
                    .flatMap(m -> runs.findByImportKey(studyKey(studyId, m.getId())))
                    .ifPresent(run ->
                            before.add(name + " (run " + run.getId() + ", " + run.getTotalPrompts() + " answers)"));
        }
        if (!before.isEmpty() && !replace) {
            throw new IllegalArgumentException("Replace: answers of " + String.join(", ", before)
                    + " were imported on this study before; choose to replace them, or import other models");
        }
        int replaced = 0;
        int stored = 0;
        for (Map.Entry<String, List<ImportedAnswer>> e : byModel.entrySet()) {
            RegisteredModel model = named(e.getKey());
            Optional<ModelRun> earlier = runs.findByImportKey(studyKey(studyId, model.getId()));
            if (earlier.isPresent()) {
                runs.delete(earlier.get());
                runs.flush(); // the unique import key is free again
                replaced++;
            }
            stored += store(model, studyId, kind, studyKey(studyId, model.getId()), source, e.getValue());
        }
        audit.record(
                AuditAction.IMPORT,
                "study",
                studyId,
                "model answers " + source + ": " + stored + " of " + byModel.size() + " model(s)"
                        + (replaced > 0 ? ", replacing " + replaced + " earlier import(s)" : ""));
        return new ImportSummary(byModel.size(), stored, replaced);
    }

    /**
     * Stores one model's answers made elsewhere that belong to no study (e.g. a Moral Machine {@code
     * SharedResponses.csv} of a model), as a finished run; a second import of the same file name for the same model
     * is refused unless {@code replace}.
     *
     * @return the run's id
     */
    @Transactional
    public long importRun(
            long modelId, String kind, String source, List<ImportedAnswer> imported, boolean replace, String remark) {
        RegisteredModel model =
                models.findById(modelId).orElseThrow(() -> new ModelNotFoundException("model", modelId));
        String key = "model:" + modelId + "/file:" + source;
        Optional<ModelRun> earlier = runs.findByImportKey(key);
        if (earlier.isPresent()) {
            if (!replace) {
                throw new IllegalArgumentException("Replace: " + source + " was imported for " + model.getName()
                        + " before (run " + earlier.get().getId() + ")");
            }
            runs.delete(earlier.get());
            runs.flush();
        }
        store(model, null, kind, key, source, imported);
        ModelRun run = runs.findByImportKey(key).orElseThrow();
        if (remark != null) {
            run.setImported(run.getItemCount(), run.getTotalPrompts(), run.getNote() + "; " + remark);
        }
        audit.record(AuditAction.IMPORT, "model_run", run.getId(), run.getNote());
        return run.getId();
    }

    private int store(
            RegisteredModel model, Long studyId, String kind, String key, String source, List<ImportedAnswer> rows) {
        Instant now = clock.instant();
        ModelRun run =
                runs.saveAndFlush(ModelRun.imported(model.getId(), studyId, kind, key, currentUser.requireId(), now));
        List<RunAnswer> batch = new ArrayList<>(BATCH);
        LinkedHashSet<String> items = new LinkedHashSet<>();
        int index = 0;
        for (ImportedAnswer a : rows) {
            items.add(a.itemKey());
            boolean valid = a.answered() && a.chosenPosition() != 0;
            batch.add(new RunAnswer(
                    run.getId(),
                    index,
                    index,
                    0,
                    a.itemKey(),
                    a.shownOrder(),
                    a.shown(),
                    a.rawText(),
                    valid ? a.chosenPosition() : 0,
                    valid,
                    a.answered() ? null : RunAnswer.NO_ANSWER,
                    0,
                    null,
                    null,
                    now));
            index++;
            if (batch.size() == BATCH) {
                answers.insert(batch);
                batch.clear();
            }
        }
        answers.insert(batch);
        run.setImported(items.size(), index, "imported " + index + " answers from " + source);
        return index;
    }

    /** The registry entry of this name, created as an imported entry when there is none. */
    private RegisteredModel named(String name) {
        if (name.isEmpty() || name.length() > 255) {
            throw new IllegalArgumentException("model: a name of 1–255 characters, found '" + name + "'");
        }
        return models.findByName(name).orElseGet(() -> {
            RegisteredModel m = new RegisteredModel(currentUser.requireId(), clock.instant());
            m.describe(name, ModelFamily.of(name).label(), null, false, null);
            m.markImported();
            RegisteredModel saved = models.save(m);
            audit.record(AuditAction.MODEL_CREATED, "model", saved.getId(), "\"" + name + "\" (named by an import)");
            return saved;
        });
    }

    private static String studyKey(long studyId, long modelId) {
        return "study:" + studyId + "/model:" + modelId;
    }
}
