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
        GeneratorMode mode,
        boolean originalOrder,
        long seed,
        int scenarios,
        int samples,
        int concurrency,
        Instant createdAt,
        Instant finishedAt,
        String note,
        RunLiveProgress progress) {}
