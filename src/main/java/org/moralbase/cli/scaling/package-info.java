/**
 * {@code moralbase analyze scaling}: the Takemoto 2026 scaling analysis (methods §3) on a table with the
 * columns of its table S1 — power law and alternatives, Spearman, families, the mixed model, and the spread
 * of D by model size.
 */
package org.moralbase.cli.scaling;
