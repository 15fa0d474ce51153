package org.moralbase.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.moralmachine.ModelProfiles;
import org.springframework.data.domain.Pageable;
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
    public List<ModelProfile> forStudy(long studyId, List<String> only, int limit) {
        Map<String, ModelProfile> latest = new LinkedHashMap<>();
        Set<Long> seenModels = new HashSet<>();
        for (ModelRun run : runs.findByStudyIdAndStatusOrderByIdDesc(studyId, RunStatus.FINISHED)) {
            if (run.getItems() != RunItems.MM_SCENARIOS || !seenModels.add(run.getModelRef())) {
                continue; // only the latest Moral Machine run of each model
            }
            String name =
                    models.findById(run.getModelRef()).map(m -> m.getName()).orElse("model " + run.getModelRef());
            if (only != null && !only.contains(name)) {
                continue;
            }
            double[] amces = finishedAmces.computeIfAbsent(
                    run.getId(), id -> RunAnalysisService.analyze(id, answers.all(id), "model-" + run.getModelRef())
                            .amces()
                            .vector());
            latest.put(name, new ModelProfile(name, amces));
            if (only == null && latest.size() >= limit) {
                break;
            }
        }
        List<ModelProfile> profiles = new ArrayList<>();
        if (only == null) {
            profiles.addAll(latest.values());
        } else {
            only.stream().map(latest::get).filter(Objects::nonNull).forEach(profiles::add);
        }
        return List.copyOf(profiles.subList(0, Math.min(limit, profiles.size())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> modelNames() {
        return models.findAllByOrderByNameAsc(Pageable.unpaged()).stream()
                .map(m -> m.getName())
                .toList();
    }
}
