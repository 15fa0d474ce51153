package org.moralbase.stats.scaling;

/**
 * The spread of D among models in one size range [lowBillions, highBillions) (methods §3, last bullet).
 *
 * @param bin label, e.g. {@code 1-10B}
 * @param lowBillions lower bound (inclusive), 0 for the first bin
 * @param highBillions upper bound (exclusive), null (unbounded) for the last bin
 * @param n models in the bin
 * @param meanDistance mean D; NaN when the bin is empty
 * @param sdDistance sample SD of D (n − 1 denominator); NaN when n &lt; 2
 */
public record SizeBin(
        String bin, double lowBillions, Double highBillions, int n, double meanDistance, double sdDistance) {}
