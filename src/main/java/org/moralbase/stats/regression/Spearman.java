package org.moralbase.stats.regression;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation (Spearman 1904) with ties given their average rank, and a two-sided p-value
 * from the t approximation t = ρ·√((n − 2)/(1 − ρ²)) ~ t(n − 2). This is what R's {@code cor.test(method =
 * "spearman")} does with {@code exact = FALSE}, and also what it does by default whenever there are ties or
 * n &gt; 1290; R's default for small untied samples (the exact / AS 89 distribution of S) is deliberately not
 * implemented, since the scaling analysis (n = 75, tied sizes) never needs it.
 */
public final class Spearman {

    private Spearman() {}

    /**
     * Tests the rank correlation of x and y.
     *
     * @throws IllegalArgumentException when the arrays differ in length, n &lt; 3, a value is NaN, or either
     *     variable is constant (ρ undefined)
     */
    public static SpearmanResult test(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x (" + x.length + ") and y (" + y.length + ") differ in length");
        }
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("need at least 3 pairs, got " + n);
        }
        double rho = pearson(averageRanks(x), averageRanks(y));
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        double statistic = ((double) n * n * n - n) * (1 - rho) / 6;
        return new SpearmanResult(rho, statistic, TDistributions.twoSidedP(t, n - 2), n);
    }

    /** Ranks 1..n, tied values sharing the mean of the ranks they occupy (R's {@code rank}, ties "average"). */
    public static double[] averageRanks(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("values hold NaN");
            }
        }
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        if (saa == 0 || sbb == 0) {
            throw new IllegalArgumentException("a variable is constant; the rank correlation is undefined");
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
