package org.moralbase.models;

import java.util.List;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study's finished runs and their answers without an account, for what participant pages show beside a
 * participant: aggregates computed on the server (a closing page's model AMCEs). Never hand the answers to a page.
 */
@Component
public class FinishedRuns {

    /** A finished run of a model on a study. */
    public record FinishedRun(long runId, long modelId, String model) {}

    private final ModelRunRepository runs;
    private final RegisteredModelRepository models;
    private final AnswerTable answers;

    FinishedRuns(ModelRunRepository runs, RegisteredModelRepository models, AnswerTable answers) {
        this.runs = runs;
        this.models = models;
        this.answers = answers;
    }

    /** The study's finished runs of this kind, newest first. */
    @Transactional(readOnly = true)
    public List<FinishedRun> ofStudy(long studyId, String kind) {
        return runs.findByStudyIdAndStatusOrderByIdDesc(studyId, RunStatus.FINISHED).stream()
                .filter(r -> kind.equals(r.getKind()))
                .map(r -> new FinishedRun(
                        r.getId(),
                        r.getModelRef(),
                        models.findById(r.getModelRef())
                                .map(RegisteredModel::getName)
                                .orElse("model " + r.getModelRef())))
                .toList();
    }

    /** Every answer of a run, in prompt order. */
    @Transactional(readOnly = true)
    public List<RunAnswer> answers(long runId) {
        return answers.all(runId);
    }
}
