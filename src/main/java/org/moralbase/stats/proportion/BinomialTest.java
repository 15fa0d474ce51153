package org.moralbase.stats.proportion;

import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Exact two-sided binomial test with R's {@code binom.test} definition (Clopper–Pearson style "minimum
 * likelihood" p-value): the p-value is the total probability, under Binomial(n, p0), of every outcome whose
 * probability is at most that of the observed k, with R's relative tolerance {@code 1 + 1e-7} on the
 * comparison. When k = n·p0 the p-value is 1.
 *
 * <p>Computed entirely in log space: each probability is Hipparchus' saddle-point log-pmf (Loader 2000, the
 * algorithm behind R's {@code dbinom}) and tails are summed with log-sum-exp relative to their largest term,
 * so the log p-value stays finite (and accurate) for n of 10⁵ and more, where the p-value underflows.
 */
public final class BinomialTest {

    /** R's {@code relErr <- 1 + 1e-07} in {@code binom.test}, as a log. */
    private static final double LOG_REL_ERR = Math.log1p(1e-7);

    private BinomialTest() {}

    /**
     * Two-sided exact binomial p-value (R {@code binom.test(k, n, p0)$p.value}).
     *
     * @param successes k, 0 ≤ k ≤ n
     * @param trials n ≥ 1
     * @param p0 the null proportion, strictly between 0 and 1 (a degenerate null is not a test)
     */
    public static double twoSidedPValue(int successes, int trials, double p0) {
        return Math.exp(twoSidedLogPValue(successes, trials, p0));
    }

    /**
     * Natural log of {@link #twoSidedPValue}; finite even where the p-value underflows to 0.
     *
     * @param successes k, 0 ≤ k ≤ n
     * @param trials n ≥ 1
     * @param p0 the null proportion, strictly between 0 and 1
     */
    public static double twoSidedLogPValue(int successes, int trials, double p0) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], was " + successes);
        }
        if (!(p0 > 0 && p0 < 1)) {
            throw new IllegalArgumentException("p0 must be strictly between 0 and 1, was " + p0);
        }
        BinomialDistribution null0 = new BinomialDistribution(trials, p0);
        double mean = trials * p0;
        if (successes == mean) {
            return 0;
        }
        double threshold = null0.logProbability(successes) + LOG_REL_ERR;
        double logP;
        if (successes < mean) {
            // y = #{i in [ceil(m), n] : dbinom(i) <= d * relErr}; p = P(X <= k) + P(X >= n - y + 1)
            int y = countAtMost(null0, (int) Math.ceil(mean), trials, threshold);
            logP = logAdd(logSum(null0, 0, successes), logSum(null0, trials - y + 1, trials));
        } else {
            // y = #{i in [0, floor(m)] : dbinom(i) <= d * relErr}; p = P(X <= y - 1) + P(X >= k)
            int y = countAtMost(null0, 0, (int) Math.floor(mean), threshold);
            logP = logAdd(logSum(null0, 0, y - 1), logSum(null0, successes, trials));
        }
        return Math.min(0, logP);
    }

    private static int countAtMost(BinomialDistribution d, int from, int to, double logThreshold) {
        int count = 0;
        for (int i = from; i <= to; i++) {
            if (d.logProbability(i) <= logThreshold) {
                count++;
            }
        }
        return count;
    }

    /** log Σ_{i=from..to} P(X = i), or −∞ for an empty range; Neumaier-compensated sum of scaled terms. */
    private static double logSum(BinomialDistribution d, int from, int to) {
        if (from > to) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] logTerms = new double[to - from + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            logTerms[i - from] = d.logProbability(i);
            max = Math.max(max, logTerms[i - from]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        double compensation = 0;
        for (double logTerm : logTerms) {
            double term = Math.exp(logTerm - max);
            double t = sum + term;
            compensation += Math.abs(sum) >= term ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        return max + Math.log(sum + compensation);
    }

    private static double logAdd(double a, double b) {
        double max = Math.max(a, b);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log1p(Math.exp(Math.min(a, b) - max));
    }
}
