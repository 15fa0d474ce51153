package org.moralbase.moralmachine.simulation;

import java.util.Arrays;
import java.util.List;
import org.moralbase.moralmachine.Dimension;
import org.moralbase.moralmachine.Outcome;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.Signal;

/**
 * A linear-probability respondent: for a scenario with outcomes L and R,
 * {@code P(spare L) = clamp(0.5 + Σ_k β_k (x_k(L) − x_k(R)) / 2, 0.02, 0.98)}, where β are the nine AMCEs in
 * the order of methods §1.1 and x_k is 1 when the outcome has attribute k's level B: {@code Intervention = 1};
 * pedestrians (not passengers); green signal (only when both outcomes have a signal, i.e. signalled ped-vs-ped);
 * and for the scenario's own dimension, the preferred {@code AttributeLevel} ({@code Female}, {@code Fit},
 * {@code High}, {@code Young}, {@code More}, {@code Hoomans}). Without clamping and with the other features
 * balanced, each AMCE of the generated data has expectation β_k; clamping (frequent when several large effects
 * agree) shrinks the largest ones a little, so reproduction is approximate. "No. characters" uses one β for
 * every difference d, so pooled and per-d estimates agree in expectation.
 */
public final class PreferenceModel {
    /** The nine attribute names, in the order of methods §1.1. */
    public static final List<String> ATTRIBUTES = List.of(
            "Intervention",
            "Relation to AV",
            "Law",
            "Gender",
            "Fitness",
            "Social status",
            "Age",
            "No. characters",
            "Species");

    /** Lowest and highest choice probability. */
    public static final double FLOOR = 0.02;

    private static final double[] AWAD_2018 = {0.061, 0.097, 0.353, 0.119, 0.160, 0.345, 0.497, 0.651, 0.585};

    private final double[] beta;

    private PreferenceModel(double[] beta) {
        this.beta = beta;
    }

    /** Awad 2018's human AMCEs (Fig. 2a, methods §2.1). */
    public static PreferenceModel awad2018() {
        return new PreferenceModel(AWAD_2018.clone());
    }

    /**
     * A model with these nine AMCEs in §1.1 order.
     *
     * @throws IllegalArgumentException unless there are nine finite values in [−1, 1]
     */
    public static PreferenceModel of(double... amces) {
        if (amces == null || amces.length != ATTRIBUTES.size()) {
            throw new IllegalArgumentException("expected " + ATTRIBUTES.size() + " AMCEs in the order " + ATTRIBUTES
                    + ", got " + (amces == null ? "null" : amces.length));
        }
        for (int k = 0; k < amces.length; k++) {
            if (!Double.isFinite(amces[k]) || Math.abs(amces[k]) > 1) {
                throw new IllegalArgumentException(
                        "AMCE of " + ATTRIBUTES.get(k) + " must be finite and in [-1, 1], got " + amces[k]);
            }
        }
        return new PreferenceModel(amces.clone());
    }

    /** The nine AMCEs (a copy). */
    public double[] amces() {
        return beta.clone();
    }

    /** The probability that the respondent spares the left outcome. */
    public double probabilitySpareLeft(Scenario s) {
        double p = 0.5;
        Outcome l = s.left();
        Outcome r = s.right();
        p += beta[0] * (l.intervention() - r.intervention()) / 2;
        p += beta[1] * (r.barrier() - l.barrier()) / 2;
        if (l.signal() != Signal.NONE && r.signal() != Signal.NONE) {
            p += beta[2] * (green(l) - green(r)) / 2;
        }
        int k = attributeIndex(s.dimension());
        if (k >= 0) {
            String preferred = s.dimension().preferredLevel();
            p += beta[k] * (level(l, preferred) - level(r, preferred)) / 2;
        }
        return Math.min(1 - FLOOR, Math.max(FLOOR, p));
    }

    private static int green(Outcome o) {
        return o.signal() == Signal.GREEN ? 1 : 0;
    }

    private static int level(Outcome o, String preferred) {
        return preferred.equals(o.attributeLevel()) ? 1 : 0;
    }

    /** The index in §1.1 order of a character dimension, or −1 for Random. */
    static int attributeIndex(Dimension d) {
        return switch (d) {
            case GENDER -> 3;
            case FITNESS -> 4;
            case SOCIAL_STATUS -> 5;
            case AGE -> 6;
            case UTILITARIAN -> 7;
            case SPECIES -> 8;
            case RANDOM -> -1;
        };
    }

    @Override
    public String toString() {
        return "PreferenceModel" + Arrays.toString(beta);
    }
}
