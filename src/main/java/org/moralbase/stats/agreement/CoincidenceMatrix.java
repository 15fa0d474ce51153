package org.moralbase.stats.agreement;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The coincidence matrix of Krippendorff (2011): o_ck = Σ_u (number of ordered c–k value pairs in unit u)
 * / (m_u − 1), over pairable units (m_u ≥ 2 values). Its marginals are n_c = Σ_k o_ck and n = Σ_c n_c, the
 * number of pairable values. Immutable.
 */
public final class CoincidenceMatrix {

    private final double[] values;
    private final double[][] counts;
    private final double[] marginals;
    private final double total;

    private CoincidenceMatrix(double[] values, double[][] counts) {
        this.values = values;
        this.counts = counts;
        this.marginals = Arrays.stream(counts)
                .mapToDouble(row -> Arrays.stream(row).sum())
                .toArray();
        this.total = Arrays.stream(marginals).sum();
    }

    /**
     * Builds o_ck from the pairable units of the data (units with fewer than two values drop out).
     *
     * @param data reliability data
     */
    public static CoincidenceMatrix of(ReliabilityData data) {
        double[][] units = data.pairableUnits();
        TreeSet<Double> distinct = new TreeSet<>();
        for (double[] unit : units) {
            for (double value : unit) {
                distinct.add(value);
            }
        }
        double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] counts = new double[values.length][values.length];
        for (double[] unit : units) {
            double[] perValue = new double[values.length];
            for (double value : unit) {
                perValue[Arrays.binarySearch(values, value)]++;
            }
            double weight = 1.0 / (unit.length - 1);
            for (int c = 0; c < values.length; c++) {
                if (perValue[c] == 0) {
                    continue;
                }
                for (int k = 0; k < values.length; k++) {
                    // ordered pairs of distinct coders: n_uc · (n_uk − [c = k])
                    double pairs = perValue[c] * (perValue[k] - (c == k ? 1 : 0));
                    counts[c][k] += pairs * weight;
                }
            }
        }
        return new CoincidenceMatrix(values, counts);
    }

    /** The sorted distinct values c that occur in pairable units. */
    public double[] values() {
        return values.clone();
    }

    /** o_ck for the c-th and k-th sorted values. */
    public double count(int c, int k) {
        return counts[c][k];
    }

    /** n_c = Σ_k o_ck. */
    public double marginal(int c) {
        return marginals[c];
    }

    /** A copy of all marginals n_c. */
    public double[] marginals() {
        return marginals.clone();
    }

    /** n = Σ_c n_c, the number of pairable values. */
    public double total() {
        return total;
    }
}
