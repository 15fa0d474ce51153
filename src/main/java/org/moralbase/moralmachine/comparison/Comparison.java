package org.moralbase.moralmachine.comparison;

import java.util.List;
import org.moralbase.stats.amce.AmceDistanceResult;

/**
 * Humans against chosen model runs (methods §2–3).
 *
 * @param baseline the human AMCEs
 * @param models one entry per run, in the order chosen
 * @param svg the chart: nine AMCEs with 95% intervals, humans and models side by side
 * @param narrowSvg the same chart laid out for a phone (the names above the bands), shown up to 600 px wide
 */
public record Comparison(AmceProfile baseline, List<ModelLine> models, String svg, String narrowSvg) {

    /** Copies the list. */
    public Comparison {
        models = List.copyOf(models);
    }

    /**
     * One run.
     *
     * @param runId the run
     * @param profile its AMCEs (No. characters max-stratum, SE clustered by scenario)
     * @param distance D to the baseline with each dimension's share of D², or {@code null} when an AMCE of the
     *     run or the baseline is missing
     * @param case1Share position bias: the share of valid answers choosing Case 1 (0.5 = none), NaN without any
     */
    public record ModelLine(long runId, AmceProfile profile, AmceDistanceResult distance, double case1Share) {}
}
