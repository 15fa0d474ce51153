package org.moralbase.moralmachine.comparison;

import org.moralbase.stats.amce.AmceDistanceResult;
import org.moralbase.stats.amce.AmceResult;

/**
 * A run's Moral Machine analysis (methods §1.4, §2, §3).
 *
 * @param runId the run
 * @param outcomes stored outcomes (answered or failed)
 * @param valid valid answers
 * @param amces the nine AMCEs over valid answers, SE clustered by scenario, No. Characters max-stratum
 * @param distance D to Awad 2018 with each dimension's share, or {@code null} while an AMCE is missing
 * @param case1Share share of valid answers choosing Case 1 (position bias; 0.5 = none), NaN without answers
 * @param baselineFirst AMCEs over scenarios whose §1.1 baseline group was Case 1
 * @param baselineSecond AMCEs over scenarios whose baseline group was Case 2; with no position bias both
 *     agree up to noise, a model that always says "Case 1" gets opposite signs
 */
public record RunAnalysis(
        long runId,
        long outcomes,
        long valid,
        AmceResult amces,
        AmceDistanceResult distance,
        double case1Share,
        AmceResult baselineFirst,
        AmceResult baselineSecond) {

    /** Valid over all outcomes, NaN before the first. */
    public double validRate() {
        return outcomes == 0 ? Double.NaN : (double) valid / outcomes;
    }
}
