package org.moralbase.moralmachine.comparison;

import java.util.List;
import org.moralbase.stats.amce.AmceEstimate;

/**
 * One line of the AMCE profile comparison: the nine AMCEs of humans or of a model run.
 *
 * @param label what the chart and table call it
 * @param estimates nine estimates in §1.1 order; Awad 2018 has no published SEs here, so its SE and interval
 *     are NaN
 */
public record AmceProfile(String label, List<AmceEstimate> estimates) {

    /** Copies the list and checks there are nine. */
    public AmceProfile {
        estimates = List.copyOf(estimates);
        if (estimates.size() != 9) {
            throw new IllegalArgumentException("need 9 AMCEs, got " + estimates.size());
        }
    }

    /** The nine point estimates. */
    public double[] vector() {
        return estimates.stream().mapToDouble(AmceEstimate::estimate).toArray();
    }
}
