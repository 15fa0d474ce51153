package org.moralbase.stats.proportion;

/**
 * Estimates a binomial proportion k/n with its {@link WilsonInterval Wilson score interval} and the exact
 * two-sided {@link BinomialTest binomial test} against a null proportion p0. Immutable; configure with
 * {@link #withConfidenceLevel} and {@link #withNullProportion}.
 */
public final class ProportionEstimator {

    private final WilsonInterval wilson;
    private final double nullProportion;

    private ProportionEstimator(WilsonInterval wilson, double nullProportion) {
        if (!(nullProportion > 0 && nullProportion < 1)) {
            throw new IllegalArgumentException(
                    "null proportion must be strictly between 0 and 1, was " + nullProportion);
        }
        this.wilson = wilson;
        this.nullProportion = nullProportion;
    }

    /** 95% Wilson interval and a test against p0 = 0.5 (the DVGR's chance level, methods §4). */
    public static ProportionEstimator withDefaults() {
        return new ProportionEstimator(WilsonInterval.withDefaults(), 0.5);
    }

    /**
     * A copy with another confidence level for the Wilson interval.
     *
     * @param level confidence level in (0, 1)
     */
    public ProportionEstimator withConfidenceLevel(double level) {
        return new ProportionEstimator(WilsonInterval.withLevel(level), nullProportion);
    }

    /**
     * A copy testing against another null proportion.
     *
     * @param p0 the null proportion, strictly between 0 and 1
     */
    public ProportionEstimator withNullProportion(double p0) {
        return new ProportionEstimator(wilson, p0);
    }

    /**
     * k/n, its Wilson interval and the exact two-sided binomial p-value against p0.
     *
     * @param successes k, 0 ≤ k ≤ n
     * @param trials n ≥ 1
     */
    public Proportion estimate(int successes, int trials) {
        ConfidenceInterval ci = wilson.interval(successes, trials);
        double logP = BinomialTest.twoSidedLogPValue(successes, trials, nullProportion);
        return new Proportion(
                successes, trials, (double) successes / trials, ci.low(), ci.high(), Math.exp(logP), logP);
    }
}
