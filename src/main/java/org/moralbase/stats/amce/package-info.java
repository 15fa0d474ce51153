/**
 * Awad et al. (2018) average marginal component effects (AMCEs) for Moral Machine responses, exactly as in
 * {@code shared/docs/methods.md} §2: the nine attributes and their row subsets ({@link
 * org.moralbase.stats.amce.AmceAttribute}), design weights ({@link org.moralbase.stats.amce.DesignWeights}),
 * a two-pass batch estimator ({@link org.moralbase.stats.amce.AmceEstimator}), a mergeable streaming
 * accumulator of sufficient statistics ({@link org.moralbase.stats.amce.AmceAccumulator}), a cluster
 * bootstrap ({@link org.moralbase.stats.amce.AmceBootstrap}) and the Takemoto (2026) model-versus-human
 * distance ({@link org.moralbase.stats.amce.AmceDistance}). Plain Java: only {@code java.*} is imported.
 */
package org.moralbase.stats.amce;
