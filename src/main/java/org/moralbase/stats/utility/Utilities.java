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

    /**
     * Utilities on the normalised scale: μ shifted to mean 0 and divided by its sample SD (left as it is when every μ
     * is the same), σ² divided by the same SD squared.
     */
    public static Utilities normalised(double[] mean, double[] variance, double loss, int iterations) {
        int n = mean.length;
        double m = 0;
        for (int i = 0; i < n; i++) {
            m += mean[i] / n;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (mean[i] - m) * (mean[i] - m);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double scale = sd > 0 ? sd : 1;
        double[] mu = new double[n];
        double[] var = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = (mean[i] - m) / scale;
            var[i] = variance[i] / (scale * scale);
        }
        return new Utilities(mu, var, loss, iterations);
    }

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
