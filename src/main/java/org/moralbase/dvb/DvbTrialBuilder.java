package org.moralbase.dvb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Assembles a DVB trial from researcher-written texts (methods §4): N training pairs of (v1, s1) chosen over
 * (v2, s2), then the test pair (v1, s2) vs (v2, s1). A/B order is drawn from the seed, from independent streams
 * for training and test, so a trial is reproducible from its seed.
 */
public final class DvbTrialBuilder {

    /** The training sizes used by DVB. */
    public static final Set<Integer> TRAINING_SIZES = Set.of(4, 20, 40);

    private DvbTrialBuilder() {}

    /**
     * Builds and validates a trial.
     *
     * @param n number of training pairs, one of {@link #TRAINING_SIZES}
     * @throws IllegalArgumentException if N is not allowed or the text lists are neither 1 nor N long
     * @throws IllegalStateException if the built trial breaks the confound (a bug guard)
     */
    public static DvbTrial build(
            ValuePair values, ShallowDimension dimension, DvbContext context, int n, OptionTexts texts, long seed) {
        if (values == null || dimension == null || context == null || texts == null) {
            throw new IllegalArgumentException("values, dimension, context and texts must be given");
        }
        if (!TRAINING_SIZES.contains(n)) {
            throw new IllegalArgumentException("N must be one of 4, 20, 40, was " + n);
        }
        int given = texts.v1s1().size();
        if (given != 1 && given != n) {
            throw new IllegalArgumentException(
                    "training texts must be 1 or N = " + n + " per combination, were " + given);
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom trainingOrder = root.split();
        SplittableRandom testOrder = root.split();
        DeepValue v1 = values.preferred();
        DeepValue v2 = values.lessPreferred();
        List<DvbChoice> training = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DvbOption favoured = new DvbOption(texts.v1s1().get(given == 1 ? 0 : i), v1, dimension.pole1());
            DvbOption other = new DvbOption(texts.v2s2().get(given == 1 ? 0 : i), v2, dimension.pole2());
            training.add(ordered(favoured, other, trainingOrder.nextBoolean()));
        }
        DvbChoice test = ordered(
                new DvbOption(texts.v1s2(), v1, dimension.pole2()),
                new DvbOption(texts.v2s1(), v2, dimension.pole1()),
                testOrder.nextBoolean());
        DvbTrial trial = new DvbTrial(values, dimension, context, training, test);
        List<String> violations = ConfoundCheck.violations(trial);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("built trial breaks the DVB confound: " + violations);
        }
        return trial;
    }

    private static DvbChoice ordered(DvbOption favoured, DvbOption other, boolean favouredFirst) {
        return favouredFirst
                ? new DvbChoice(favoured, other, OptionLabel.A)
                : new DvbChoice(other, favoured, OptionLabel.B);
    }
}
