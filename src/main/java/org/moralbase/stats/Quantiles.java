package org.moralbase.stats;

/** Sample quantiles as R computes them by default, shared by the bootstrap intervals of every stats package. */
public final class Quantiles {

    private Quantiles() {}

    /**
     * Hyndman &amp; Fan (1996) type 7, R's default {@code quantile(x, p)}: h = (n − 1)p, {@code x[⌊h⌋] + (h −
     * ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])}, 0-based.
     *
     * @param sorted ascending values, at least one
     * @param p probability in [0, 1]
     */
    public static double type7(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a quantile needs at least one value");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
        }
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
