/**
 * {@code moralbase analyze scaling}: reads a table with the columns of Takemoto 2026 table S1 and prints the
 * scaling analysis of {@link org.moralbase.stats.scaling.ScalingAnalysis} (methods §3) — the same code the
 * scaling view uses (docs/decisions/0009-comparison-views.md).
 */
package org.moralbase.cli.scaling;
