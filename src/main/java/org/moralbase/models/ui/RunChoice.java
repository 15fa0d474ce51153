package org.moralbase.models.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.moralbase.models.RunRequest;
import org.moralbase.study.StudySummary;

/** The fixed fields of the start-run dialog (public: the form's binder builds it); a kind's own settings are extra. */
public record RunChoice(
        @NotNull(message = "Study: choose one") StudySummary study,

        @Min(value = 1, message = RunRequest.SAMPLES) @Max(value = 100, message = RunRequest.SAMPLES)
        int samples,

        @Min(value = 1, message = RunRequest.CONCURRENCY) @Max(value = 256, message = RunRequest.CONCURRENCY)
        int concurrency,

        boolean bothOrders) {}
