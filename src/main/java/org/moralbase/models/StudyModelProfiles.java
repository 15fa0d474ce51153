package org.moralbase.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.moralmachine.ModelProfiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Models beside people on a participant's closing page: the latest finished run per model on the study. A finished
 * run never changes, so its AMCEs are computed once and kept. Participants see these aggregates only.
 */
@Service
class StudyModelProfiles implements ModelProfiles {

    private final ModelRunRepository runs;
    private final RegisteredModelRepository models;
    private final AnswerTable answers;
    private final Map<Long, double[]> finishedAmces = new ConcurrentHashMap<>();

    StudyModelProfiles(ModelRunRepository runs, RegisteredModelRepository models, AnswerTable answers) {
        this.runs = runs;
        this.models = models;
        this.answers = answers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelProfile> forStudy(long studyId, int limit) {
        List<ModelProfile> profiles = new ArrayList<>();
        Set<Long> seenModels = new HashSet<>();
        for (ModelRun run : runs.findByStudyIdAndStatusOrderByIdDesc(studyId, RunStatus.FINISHED)) {
            if (profiles.size() >= limit) {
                break;
            }
            if (!seenModels.add(run.getModelRef())) {
                continue; // only the latest run of each model
            }
            double[] amces = finishedAmces.computeIfAbsent(
                    run.getId(), id -> RunAnalysisService.analyze(id, answers.all(id), "model-" + run.getModelRef())
                            .amces()
                            .vector());
            String name =
                    models.findById(run.getModelRef()).map(m -> m.getName()).orElse("model " + run.getModelRef());
            profiles.add(new ModelProfile(name, amces));
        }
        return profiles;
    }
}
