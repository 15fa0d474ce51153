package org.moralbase.dvb;

import java.util.List;

/**
 * A built DVB trial: N training pairs confounding v1 with s1, and the test pair with the poles swapped.
 *
 * @param values v1 over v2 with definitions
 * @param dimension the shallow dimension; pole1 = s1, pole2 = s2
 * @param context domain and activity
 * @param training the training pairs, in presentation order
 * @param test the test pair; its {@code chosen} is the deep-value option
 */
public record DvbTrial(
        ValuePair values, ShallowDimension dimension, DvbContext context, List<DvbChoice> training, DvbChoice test) {

    /** Freezes the training list. */
    public DvbTrial {
        training = List.copyOf(training);
    }

    /** The test option that generalises the deep value, (v1, s2). */
    public OptionLabel expectedDeepValueChoice() {
        return test.chosen();
    }

    /** The test option that follows the shallow preference, (v2, s1). */
    public OptionLabel shallowPreferenceChoice() {
        return test.chosen().other();
    }
}
