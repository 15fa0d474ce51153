package org.moralbase.moralmachine.comparison;

import java.util.List;
import org.moralbase.models.FinishedRuns;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.study.ModelsBesidePeople;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.stereotype.Component;

/**
 * A Moral Machine study's models beside its people for the REST API, as the "Models vs humans" page computes it
 * ({@link ComparisonService#compare}): each run's AMCEs and distance D from the study's live AMCEs or Awad 2018's.
 */
@Component
class MoralMachineModelsBesidePeople implements ModelsBesidePeople {

    private final ComparisonService comparisons;
    private final StudyService studies;
    private final FinishedRuns finished;

    MoralMachineModelsBesidePeople(ComparisonService comparisons, StudyService studies, FinishedRuns finished) {
        this.comparisons = comparisons;
        this.studies = studies;
        this.finished = finished;
    }

    @Override
    public String kind() {
        return MoralMachineKind.ID;
    }

    @Override
    public Comparison compare(long studyId, List<Long> runIds, String baseline) {
        StudySummary study = studies.find(studyId).orElseThrow(() -> new StudyNotFoundException(studyId));
        BaselineChoice people =
                switch (baseline == null ? "study" : baseline) {
                    case "study" -> new BaselineChoice(study.id(), study.title() + " (study " + study.id() + ", live)");
                    case "published" -> BaselineChoice.AWAD_2018;
                    default ->
                        throw new IllegalArgumentException(
                                "baseline: 'study' (this study's participants) or 'published' (Awad 2018), not '"
                                        + baseline + "'");
                };
        List<Long> runs = runIds == null || runIds.isEmpty()
                ? finished.ofStudy(studyId, MoralMachineKind.ID).stream()
                        .map(FinishedRuns.FinishedRun::runId)
                        .toList()
                : runIds;
        return comparisons.compare(people, runs);
    }
}
