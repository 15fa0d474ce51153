package org.moralbase.moralmachine.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.moralbase.models.FinishedRuns;
import org.moralbase.moralmachine.MoralMachineKind;
import org.springframework.stereotype.Service;

/**
 * Models beside people on a participant's closing page: the latest finished run of each model on the study. A
 * finished run never changes, so its AMCEs are computed once and kept. Participants see these aggregates only.
 */
@Service
public class ModelProfiles {

    /** A model's name and its nine AMCEs in the order of methods §1.1 (NaN where not estimable). */
    public record ModelProfile(String name, double[] amces) {}

    private final FinishedRuns runs;
    private final Map<Long, double[]> finishedAmces = new ConcurrentHashMap<>();

    ModelProfiles(FinishedRuns runs) {
        this.runs = runs;
    }

    /** At most {@code limit} models, most recent run first. */
    public List<ModelProfile> forStudy(long studyId, int limit) {
        return forStudy(studyId, null, limit);
    }

    /**
     * The models named in {@code only}, in that order, that have a finished run on the study (or, when {@code only}
     * is null, any models, most recent run first); at most {@code limit}.
     */
    public List<ModelProfile> forStudy(long studyId, List<String> only, int limit) {
        Map<String, ModelProfile> latest = new LinkedHashMap<>();
        Set<Long> seenModels = new HashSet<>();
        for (FinishedRuns.FinishedRun run : runs.ofStudy(studyId, MoralMachineKind.ID)) {
            if (!seenModels.add(run.modelId()) || (only != null && !only.contains(run.model()))) {
                continue; // only the latest run of each model
            }
            double[] amces = finishedAmces.computeIfAbsent(
                    run.runId(), id -> RunAnalysisService.analyze(id, runs.answers(id), "model-" + run.modelId())
                            .amces()
                            .vector());
            latest.put(run.model(), new ModelProfile(run.model(), amces));
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
}
