package org.moralbase.stats.proportion;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Wilson score interval for a binomial proportion (E. B. Wilson, "Probable inference, the law of succession,
 * and statistical inference", JASA 22:209–212, 1927), without continuity correction:
 *
 * <pre>
 * z = Φ⁻¹((1 + level) / 2),  p̂ = k / n
 * bounds = (p̂ + z²/(2n) ± z·√(p̂(1 − p̂)/n + z²/(4n²))) / (1 + z²/n)
 * </pre>
 *
 * <p>This is exactly R's {@code prop.test(k, n, correct = FALSE)$conf.int}, including its convention that
 * the lower bound is exactly 0 when k = 0 and the upper bound exactly 1 when k = n.
 */
public final class WilsonInterval {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

    private final double level;
    private final double z;

    private WilsonInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
        this.level = level;
        this.z = STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
    }

    /** The 95% Wilson interval. */
    public static WilsonInterval withDefaults() {
        return new WilsonInterval(0.95);
    }

    /**
     * The Wilson interval at the given two-sided confidence level.
     *
     * @param level confidence level in (0, 1)
     */
    public static WilsonInterval withLevel(double level) {
        return new WilsonInterval(level);
    }

    /** The confidence level of this interval. */
    public double level() {
        return level;
    }

    /**
     * The Wilson score interval for k successes in n trials (formula in the class comment).
     *
     * @param successes k, 0 ≤ k ≤ n
     * @param trials n ≥ 1
     */
    public ConfidenceInterval interval(long successes, long trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], was " + successes);
        }
        double n = trials;
        double p = successes / n;
        double z22n = z * z / (2 * n);
        double denominator = 1 + 2 * z22n;
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z22n / (2 * n));
        // R's prop.test pins the bounds at 0 and 1 for k = 0 and k = n; so do we, to match it exactly.
        double low = successes == 0 ? 0 : (p + z22n - halfWidth) / denominator;
        double high = successes == trials ? 1 : (p + z22n + halfWidth) / denominator;
        return new ConfidenceInterval(Math.max(0, low), Math.min(1, high), level);
    }
}
