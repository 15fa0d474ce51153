package org.moralbase.stats.questionnaire;

/**
 * The 1-D Wasserstein (earth mover's) distance between two distributions of answers, W₁ = ∫ |F_u(x) − F_v(x)| dx
 * (Villani 2009; Ramdas, García Trillos &amp; Cuturi 2017), as SciPy's {@code scipy.stats.wasserstein_distance}. On a
 * rating scale it is the mean number of scale points by which answers must move to turn one distribution into the
 * other, e.g. people's answers to an item against a model's.
 */
public final class Wasserstein {

    private Wasserstein() {}

    /**
     * W₁ between two samples of answers (each answer weighs 1 / its sample's size).
     *
     * @param u one sample, at least one finite value
     * @param v the other sample, at least one finite value
     */
    public static double distance(double[] u, double[] v) {
        double[] points = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(u), java.util.Arrays.stream(v))
                .sorted()
                .distinct()
                .toArray();
        return distance(points, counts(points, u, "u"), counts(points, v, "v"));
    }

    /**
     * W₁ between two weightings of the same points: Σ_k |F_u(x_k) − F_v(x_k)| (x_{k+1} − x_k) with F the
     * cumulative normalised weights, e.g. answer counts per scale point.
     *
     * @param points strictly increasing finite points
     * @param uWeights non-negative weights per point, positive sum
     * @param vWeights non-negative weights per point, positive sum
     */
    public static double distance(double[] points, double[] uWeights, double[] vWeights) {
        if (uWeights.length != points.length || vWeights.length != points.length) {
            throw new IllegalArgumentException("expected one weight per point (" + points.length + "), found "
                    + uWeights.length + " and " + vWeights.length);
        }
        for (int k = 1; k < points.length; k++) {
            if (!(points[k] > points[k - 1]) || !Double.isFinite(points[k]) || !Double.isFinite(points[0])) {
                throw new IllegalArgumentException(
                        "points must be finite and strictly increasing, were " + java.util.Arrays.toString(points));
            }
        }
        double uTotal = total(uWeights, "u");
        double vTotal = total(vWeights, "v");
        double cu = 0;
        double cv = 0;
        double sum = 0;
        for (int k = 0; k + 1 < points.length; k++) {
            cu += uWeights[k];
            cv += vWeights[k];
            sum += Math.abs(cu / uTotal - cv / vTotal) * (points[k + 1] - points[k]);
        }
        return sum;
    }

    private static double total(double[] weights, String name) {
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException(name + " weights must be finite and non-negative, found " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(name + " weights must have a positive sum");
        }
        return total;
    }

    private static double[] counts(double[] points, double[] sample, String name) {
        if (sample.length == 0) {
            throw new IllegalArgumentException(name + " needs at least one value");
        }
        double[] counts = new double[points.length];
        for (double x : sample) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(name + " values must be finite, found " + x);
            }
            counts[java.util.Arrays.binarySearch(points, x)]++;
        }
        return counts;
    }
}
