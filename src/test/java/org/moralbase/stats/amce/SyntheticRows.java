package org.moralbase.stats.amce;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Moral Machine-like rows for split/merge, bootstrap and throughput checks: scenarios of two rows, all
 * scenario types and signal codes, respondents of 1–13 scenarios with their own taste (so clustering
 * matters). Not a reference: reference values come from R (amce_reference.R).
 */
final class SyntheticRows {

    private static final String[] TYPES = {
        "Gender", "Fitness", "Social Status", "Social Value", "Age", "Utilitarian", "Species", "Random"
    };
    private static final String[][] LEVELS = {
        {"Male", "Female"},
        {"Fat", "Fit"},
        {"Low", "High"},
        {"Low", "High"},
        {"Old", "Young"},
        {"Less", "More"},
        {"Pets", "Hoomans"},
        {"Rand", "Rand"}
    };

    private SyntheticRows() {}

    /** About {@code targetRows} rows (whole respondents), clusters numbered from {@code firstCluster}. */
    static List<AmceRow> generate(long seed, int targetRows, long firstCluster) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<AmceRow> rows = new ArrayList<>(targetRows + 26);
        long cluster = firstCluster;
        while (rows.size() < targetRows) {
            double taste = rng.nextDouble() - 0.5;
            int scenarios = 1 + rng.nextInt(13);
            for (int s = 0; s < scenarios; s++) {
                scenario(rng, cluster, taste, rows);
            }
            cluster++;
        }
        return rows;
    }

    private static void scenario(SplittableRandom rng, long cluster, double taste, List<AmceRow> out) {
        int t = rng.nextInt(TYPES.length);
        String type = TYPES[t];
        String strict = rng.nextDouble() < 0.05 ? "Random" : type;
        int pedPed = rng.nextDouble() < 0.48 ? 1 : 0;
        int firstIntervention = rng.nextInt(2);
        int firstBarrier = pedPed == 1 ? 0 : rng.nextInt(2);
        int[] signal = new int[2];
        if (pedPed == 1) {
            if (rng.nextDouble() >= 0.48) {
                signal[0] = 1 + rng.nextInt(2);
                signal[1] = 3 - signal[0];
            }
        } else {
            double u = rng.nextDouble();
            signal[firstBarrier == 1 ? 1 : 0] = u < 0.48 ? 0 : u < 0.68 ? 1 : 2;
        }
        int firstLevel = rng.nextInt(2);
        int diff = t == 5 ? 1 + rng.nextInt(4) : 0;
        double p = 0.5 + taste * (firstIntervention == 1 ? 1 : -1) * 0.5 + (firstLevel == 1 ? 0.15 : -0.15);
        int firstSaved = rng.nextDouble() < Math.min(0.95, Math.max(0.05, p)) ? 1 : 0;
        for (int j = 0; j < 2; j++) {
            boolean first = j == 0;
            String level = LEVELS[t][first ? firstLevel : 1 - firstLevel];
            out.add(new AmceRow(
                    first ? firstIntervention : 1 - firstIntervention,
                    pedPed == 1 ? 0 : (first ? firstBarrier : 1 - firstBarrier),
                    pedPed,
                    signal[j],
                    type,
                    strict,
                    rng.nextDouble() < 0.02 ? "Neutral" : level,
                    diff,
                    first ? firstSaved : 1 - firstSaved,
                    cluster));
        }
    }
}
