package org.moralbase.choicepair;

import java.util.List;
import org.moralbase.study.ModelsBesidePeople;
import org.springframework.stereotype.Component;

/**
 * A choice-pair study's models beside its people for the REST API, as its shares page computes them
 * ({@link ChoicePairModels#compare}): per model the agreement with the people's majority and the divergence, per item
 * and model the shares, and every run's option-order balance (unbalanced runs left out, as on the page).
 */
@Component
class ChoicePairModelsBesidePeople implements ModelsBesidePeople {

    private final ChoicePairModels models;

    ChoicePairModelsBesidePeople(ChoicePairModels models) {
        this.models = models;
    }

    @Override
    public String kind() {
        return ChoicePairKind.ID;
    }

    @Override
    public ModelComparison compare(long studyId, List<Long> runIds, String baseline) {
        if (runIds != null && !runIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "runs: a choice-pair study compares every model that answered its items; leave runs out");
        }
        if (baseline != null && !baseline.equals("study")) {
            throw new IllegalArgumentException("baseline: a choice-pair study compares with its own participants"
                    + " ('study'); there is no published baseline");
        }
        return models.compare(studyId);
    }
}
