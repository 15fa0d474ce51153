package org.moralbase.models;

import org.moralbase.moralmachine.GeneratorMode;

/**
 * What a researcher starts: a study's dilemmas sent to a registry model. For a Moral Machine study, N generated
 * scenarios; for a choice-pair or DVB study, its own items (N is then the number of items and is not asked).
 *
 * @param modelId the registry model
 * @param studyId the study: Moral Machine (its stimuli are used) or one whose items a model can be asked
 * @param scenarios N scenarios, 1–100,000 (Moral Machine only)
 * @param samples S samples per scenario or per item and order, 1–100
 * @param concurrency prompts in flight, 1–256 (mind the provider's rate limit)
 * @param mode scenario design; Takemoto's by default ({@code null})
 * @param originalOrder Takemoto's fixed case order instead of a random one (only to replicate published
 *     numbers, methods §1.3)
 * @param seed the run's seed, or {@code null} for a fresh one
 * @param bothOrders item runs: ask every item in both option orders (else one order drawn per prompt)
 */
public record RunRequest(
        long modelId,
        long studyId,
        int scenarios,
        int samples,
        int concurrency,
        GeneratorMode mode,
        boolean originalOrder,
        Long seed,
        boolean bothOrders) {

    /** A Moral Machine run (or an item run in one drawn order per prompt). */
    public RunRequest(
            long modelId,
            long studyId,
            int scenarios,
            int samples,
            int concurrency,
            GeneratorMode mode,
            boolean originalOrder,
            Long seed) {
        this(modelId, studyId, scenarios, samples, concurrency, mode, originalOrder, seed, false);
    }

    /** Takemoto mode, random case order, a fresh seed. */
    public static RunRequest of(long modelId, long studyId, int scenarios, int samples, int concurrency) {
        return new RunRequest(modelId, studyId, scenarios, samples, concurrency, null, false, null);
    }
}
