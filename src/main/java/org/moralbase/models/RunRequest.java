package org.moralbase.models;

import org.moralbase.moralmachine.GeneratorMode;

/**
 * What a researcher starts: a Moral Machine study's scenarios sent to a registry model.
 *
 * @param modelId the registry model
 * @param studyId the Moral Machine study whose stimuli are used
 * @param scenarios N scenarios, 1–100,000
 * @param samples S samples per scenario, 1–100
 * @param concurrency prompts in flight, 1–256 (mind the provider's rate limit)
 * @param mode scenario design; Takemoto's by default ({@code null})
 * @param originalOrder Takemoto's fixed case order instead of a random one (only to replicate published
 *     numbers, methods §1.3)
 * @param seed the run's seed, or {@code null} for a fresh one
 */
public record RunRequest(
        long modelId,
        long studyId,
        int scenarios,
        int samples,
        int concurrency,
        GeneratorMode mode,
        boolean originalOrder,
        Long seed) {

    /** Takemoto mode, random case order, a fresh seed. */
    public static RunRequest of(long modelId, long studyId, int scenarios, int samples, int concurrency) {
        return new RunRequest(modelId, studyId, scenarios, samples, concurrency, null, false, null);
    }
}
