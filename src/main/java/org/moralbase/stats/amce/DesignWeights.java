package org.moralbase.stats.amce;

/**
 * Awad et al. (2018) design weights {@code w = 1/p}, with p the probability that the website's scenario
 * generator produced a row's (Intervention, Barrier, PedPed, CrossingSignal) combination (methods §2 table).
 * Values outside the coded ranges (flags 0/1, signal 0/1/2) are rejected rather than silently weighted.
 */
public final class DesignWeights {

    // index ((i * 2 + b) * 2 + p) * 3 + c, filled once from the methods §2 table
    private static final double[] WEIGHTS = new double[24];

    static {
        for (int i = 0; i < 2; i++) {
            for (int b = 0; b < 2; b++) {
                for (int p = 0; p < 2; p++) {
                    for (int c = 0; c < 3; c++) {
                        WEIGHTS[((i * 2 + b) * 2 + p) * 3 + c] = 1.0 / probability(i, b, p, c);
                    }
                }
            }
        }
    }

    private DesignWeights() {}

    /**
     * The design probability p of methods §2: passengers 0.20 (I = 0) or 0.32 (I = 1); pedestrians the
     * product of the PedPed/intervention factor and the signal factor given in the table.
     *
     * @param intervention the {@code Intervention} flag, 0 or 1
     * @param barrier the {@code Barrier} flag, 0 or 1
     * @param pedPed the {@code PedPed} flag, 0 or 1
     * @param crossingSignal the {@code CrossingSignal} code, 0, 1 or 2
     * @return p in (0, 1)
     * @throws IllegalArgumentException if a value is outside its coded range
     */
    public static double probability(int intervention, int barrier, int pedPed, int crossingSignal) {
        check(intervention, barrier, pedPed, crossingSignal);
        if (barrier == 1) {
            return intervention == 0 ? 0.20 : 0.32;
        }
        if (intervention == 1 && pedPed == 1) {
            return 0.48 * signal(crossingSignal, 0.32, 0.20);
        }
        double factor = intervention == 0 ? (pedPed == 1 ? 0.48 : 0.32) : 0.20;
        return factor * signal(crossingSignal, 0.20, 0.32);
    }

    /**
     * The weight {@code w = 1/p} of {@link #probability}; table lookup, no allocation.
     *
     * @throws IllegalArgumentException if a value is outside its coded range
     */
    public static double weight(int intervention, int barrier, int pedPed, int crossingSignal) {
        check(intervention, barrier, pedPed, crossingSignal);
        return WEIGHTS[((intervention * 2 + barrier) * 2 + pedPed) * 3 + crossingSignal];
    }

    /** The weight of a row, {@code 1/p} of its four design columns. */
    public static double weight(AmceRow row) {
        return weight(row.intervention(), row.barrier(), row.pedPed(), row.crossingSignal());
    }

    private static double signal(int crossingSignal, double green, double red) {
        return crossingSignal == 0 ? 0.48 : crossingSignal == 1 ? green : red;
    }

    private static void check(int intervention, int barrier, int pedPed, int crossingSignal) {
        if ((intervention | barrier | pedPed) >>> 1 != 0 || crossingSignal < 0 || crossingSignal > 2) {
            throw new IllegalArgumentException("design columns out of range (Intervention, Barrier, PedPed must be"
                    + " 0/1, CrossingSignal 0/1/2): I=" + intervention + " B=" + barrier + " P=" + pedPed + " C="
                    + crossingSignal);
        }
    }
}
