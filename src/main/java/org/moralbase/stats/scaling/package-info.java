/**
 * The scaling analysis of Takemoto 2026 (methods §3) as domain functions: model families by name
 * ({@link org.moralbase.stats.scaling.ModelFamily}), one model's row ({@link
 * org.moralbase.stats.scaling.ScalingObservation}) and the mixed model {@code log10 D ~ log10 S * Reasoning
 * + Years + (1 + log10 S | Family)} ({@link org.moralbase.stats.scaling.ScalingMixedModel}), built on
 * {@code org.moralbase.stats.regression}; and the whole analysis with its report
 * ({@link org.moralbase.stats.scaling.ScalingAnalysis}, shared by the CLI and the scaling view).
 */
package org.moralbase.stats.scaling;
