package org.moralbase.choicepair;

import java.util.List;

/**
 * Every model of a choice-pair study against people: one summary per model, one row per item and model, and every
 * run with its option-order balance (runs left out included).
 *
 * @param includesUnbalanced whether unbalanced runs were pooled too (by default they are left out)
 */
public record ModelComparison(
        List<ModelShareSummary> models, List<ItemModelShare> items, List<RunBalance> runs, boolean includesUnbalanced) {

    /** Freezes the lists. */
    public ModelComparison {
        models = List.copyOf(models);
        items = List.copyOf(items);
        runs = List.copyOf(runs);
    }

    /** The runs left out of the comparison. */
    public List<RunBalance> leftOut() {
        return runs.stream().filter(r -> !r.pooled()).toList();
    }
}
