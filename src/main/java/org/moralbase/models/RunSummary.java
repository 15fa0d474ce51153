package org.moralbase.models;

import java.time.Instant;
import java.util.Map;

/**
 * A model run as lists and pages show it.
 *
 * @param kind the kind of study it asked (a {@code StudyKind} id), or {@code null} for an old item run whose study
 *     is gone
 * @param settings the kind's run settings by key
 * @param items the number of items asked (Moral Machine: scenarios)
 */
public record RunSummary(
        long id,
        long modelId,
        String modelName,
        Long studyId,
        String kind,
        RunSource source,
        Map<String, String> settings,
        boolean bothOrders,
        long seed,
        int items,
        int samples,
        int concurrency,
        Instant createdAt,
        Instant finishedAt,
        String note,
        RunLiveProgress progress) {}
