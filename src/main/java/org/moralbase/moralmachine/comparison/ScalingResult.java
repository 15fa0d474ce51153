package org.moralbase.moralmachine.comparison;

import org.moralbase.stats.scaling.ScalingReport;

/**
 * The scaling analysis of one dataset (methods §3) and its chart.
 *
 * @param dataset the models analysed
 * @param report the analysis, or {@code null} with fewer than 3 models (nothing can be fitted)
 * @param svg the log–log chart of D against size, a self-contained SVG
 */
public record ScalingResult(ScalingDataset dataset, ScalingReport report, String svg) {}
