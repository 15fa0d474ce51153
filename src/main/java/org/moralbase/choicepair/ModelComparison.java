package org.moralbase.choicepair;

import java.util.List;

/** Every model of a choice-pair study against people: one summary per model and one row per item and model. */
public record ModelComparison(List<ModelShareSummary> models, List<ItemModelShare> items) {

    /** Freezes the lists. */
    public ModelComparison {
        models = List.copyOf(models);
        items = List.copyOf(items);
    }
}
