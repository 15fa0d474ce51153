package org.moralbase.stats.utility;

import org.hipparchus.special.Erf;

/**
 * Fitted Thurstonian utilities: per outcome U ~ N(μ, σ²), μ normalised to mean 0 and SD 1 over the outcomes (sample
 * SD), σ² scaled with it.
 *
 * @param loss the mean binary cross-entropy over the fitted pairs at the optimum
 * @param iterations the optimiser's iterations
 */
public record Utilities(double[] mean, double[] variance, double loss, int iterations) {

    /** P(a ≻ b) = Φ((μa − μb) / √(σ²a + σ²b)). */
    public double probability(int a, int b) {
        return phi((mean[a] - mean[b]) / Math.sqrt(variance[a] + variance[b]));
    }

    /** How many outcomes. */
    public int outcomes() {
        return mean.length;
    }

    /** The standard normal distribution function, accurate in the tails. */
    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
