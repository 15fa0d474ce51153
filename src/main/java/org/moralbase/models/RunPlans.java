package org.moralbase.models;

import java.util.List;
import java.util.Optional;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.study.AskableItem;
import org.moralbase.study.AskableItems;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyKind;
import org.springframework.stereotype.Component;

/**
 * Builds a run's {@link RunPlan}: from the generator for Moral Machine runs, from the study's items (through the
 * feature that owns them) for item runs. No access checks: runs resume at start-up with nobody signed in.
 */
@Component
class RunPlans {

    private final List<AskableItems> sources;
    private final PublicStudies studies;

    RunPlans(List<AskableItems> sources, PublicStudies studies) {
        this.sources = sources;
        this.studies = studies;
    }

    /** Whether a model can be asked the items of studies of this kind. */
    boolean asksItems(StudyKind kind) {
        return source(kind).isPresent();
    }

    /** The items of this study a model can be asked (empty if its kind has none). */
    List<AskableItem> items(long studyId) {
        return studies.byId(studyId)
                .flatMap(s -> source(s.kind()))
                .map(source -> source.items(studyId))
                .orElse(List.of());
    }

    /** The run's plan, rebuilt from what is stored. */
    RunPlan planOf(ModelRun run) {
        if (run.getItems() == RunItems.STUDY_ITEMS) {
            // items are only ever added (in id order), so the run's own items are the first ones it counted
            // a deleted study leaves no items: the run then has nothing left to ask and ends
            List<AskableItem> all = run.getStudyId() == null ? List.of() : items(run.getStudyId());
            List<AskableItem> own = all.subList(0, Math.min(all.size(), run.getScenarioCount()));
            return RunPlan.ofItems(own, run.isBothOrders(), run.getSamples(), run.getRandomSeed());
        }
        return RunPlan.of(
                run.getGeneratorMode(),
                run.getStimuli(),
                run.isOriginalOrder(),
                run.getRandomSeed(),
                run.getScenarioCount(),
                run.getSamples());
    }

    private Optional<AskableItems> source(StudyKind kind) {
        return sources.stream().filter(s -> s.serves(kind)).findFirst();
    }
}
