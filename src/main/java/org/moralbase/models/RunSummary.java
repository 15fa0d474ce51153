package org.moralbase.models;

import java.time.Instant;
import org.moralbase.moralmachine.GeneratorMode;

/** A model run as lists and pages show it. */
public record RunSummary(
        long id,
        long modelId,
        String modelName,
        Long studyId,
        RunSource source,
        RunItems items,
        boolean bothOrders,
        GeneratorMode mode,
        boolean originalOrder,
        long seed,
        int scenarios,
        int samples,
        int concurrency,
        Instant createdAt,
        Instant finishedAt,
        String note,
        RunLiveProgress progress) {

    /** Whether the run asks a study's own items rather than Moral Machine scenarios. */
    public boolean asksItems() {
        return items == RunItems.STUDY_ITEMS;
    }
}
