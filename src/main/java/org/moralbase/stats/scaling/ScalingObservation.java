package org.moralbase.stats.scaling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One model configuration of the scaling analysis (a row of Takemoto 2026 table S1).
 *
 * @param model the model name, e.g. {@code Qwen3 8B thinking}
 * @param family the grouping factor of the mixed model; blank or {@code null} takes {@link ModelFamily#of}'s label
 *     of the name (the paper's rule), so a researcher's own family (e.g. "Mistral") is kept as given
 * @param sizeBillions parameters in billions, &gt; 0
 * @param reasoning true for extended-reasoning ("thinking") configurations
 * @param releaseDate the release date
 * @param distance D, the distance of its AMCE vector to the human one, &gt; 0
 */
public record ScalingObservation(
        String model, String family, double sizeBillions, boolean reasoning, LocalDate releaseDate, double distance) {

    /** Origin of {@link #years()}, as in the paper. */
    public static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    /** Checks the arguments; a missing family is the name's ({@link ModelFamily#of}). */
    public ScalingObservation {
        if (model == null || model.isBlank() || releaseDate == null) {
            throw new IllegalArgumentException("model and release date are required");
        }
        family = family == null || family.isBlank() ? ModelFamily.of(model).label() : family.strip();
        if (!(sizeBillions > 0) || !(distance > 0) || !Double.isFinite(sizeBillions) || !Double.isFinite(distance)) {
            throw new IllegalArgumentException(
                    model + ": size and distance must be positive, got " + sizeBillions + ", " + distance);
        }
    }

    /** Years = (release date − 2020-01-01) in days / 365.25 (methods §3). */
    public double years() {
        return ChronoUnit.DAYS.between(EPOCH, releaseDate) / 365.25;
    }

    /** An observation whose family follows from its name ({@link ModelFamily#of}), as in the paper. */
    public ScalingObservation(
            String model, double sizeBillions, boolean reasoning, LocalDate releaseDate, double distance) {
        this(model, null, sizeBillions, reasoning, releaseDate, distance);
    }
}
