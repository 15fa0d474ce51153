package org.moralbase.stats.scaling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One model configuration of the scaling analysis (a row of Takemoto 2026 table S1).
 *
 * @param model the model name, e.g. {@code Qwen3 8B thinking}
 * @param sizeBillions parameters in billions, &gt; 0
 * @param reasoning true for extended-reasoning ("thinking") configurations
 * @param releaseDate the release date
 * @param distance D, the distance of its AMCE vector to the human one, &gt; 0
 */
public record ScalingObservation(
        String model, double sizeBillions, boolean reasoning, LocalDate releaseDate, double distance) {

    /** Origin of {@link #years()}, as in the paper. */
    public static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    /** Checks the arguments. */
    public ScalingObservation {
        if (model == null || model.isBlank() || releaseDate == null) {
            throw new IllegalArgumentException("model and release date are required");
        }
        if (!(sizeBillions > 0) || !(distance > 0) || !Double.isFinite(sizeBillions) || !Double.isFinite(distance)) {
            throw new IllegalArgumentException(
                    model + ": size and distance must be positive, got " + sizeBillions + ", " + distance);
        }
    }

    /** Years = (release date − 2020-01-01) in days / 365.25 (methods §3). */
    public double years() {
        return ChronoUnit.DAYS.between(EPOCH, releaseDate) / 365.25;
    }

    /** The family by {@link ModelFamily#of}. */
    public ModelFamily family() {
        return ModelFamily.of(model);
    }
}
