package org.moralbase.stats.proportion;

/**
 * A binomial proportion k/n with its Wilson score interval (Wilson 1927) and the exact two-sided binomial
 * test p-value against a null proportion (R's {@code binom.test}); built by {@link ProportionEstimator}.
 *
 * @param successes k, the number of successes
 * @param trials n, the number of trials (at least 1)
 * @param estimate k / n
 * @param ciLow lower Wilson score bound
 * @param ciHigh upper Wilson score bound
 * @param pValue exact two-sided binomial p-value; may underflow to 0 for very large n, see {@code
 *     logPValue}
 * @param logPValue natural log of the same p-value, computed in log space so it stays finite where the
 *     p-value itself underflows (e.g. DVB's 31,668 / 104,725)
 */
public record Proportion(
        int successes, int trials, double estimate, double ciLow, double ciHigh, double pValue, double logPValue) {

    /** Checks 0 ≤ k ≤ n, n ≥ 1 and that the interval is ordered. */
    public Proportion {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], was " + successes);
        }
        if (!(ciLow <= ciHigh)) {
            throw new IllegalArgumentException("ciLow " + ciLow + " must not exceed ciHigh " + ciHigh);
        }
    }
}
