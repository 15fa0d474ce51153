package org.moralbase.dvb;

/**
 * One presented pair of a built trial.
 *
 * @param optionA the option shown as A
 * @param optionB the option shown as B
 * @param chosen in training, the option the user chose; in the test, the deep-value (v1) option
 */
public record DvbChoice(DvbOption optionA, DvbOption optionB, OptionLabel chosen) {

    /** Checks all parts are present. */
    public DvbChoice {
        if (optionA == null || optionB == null || chosen == null) {
            throw new IllegalArgumentException("both options and the chosen label must be given");
        }
    }

    /** The option behind a label. */
    public DvbOption option(OptionLabel label) {
        return label == OptionLabel.A ? optionA : optionB;
    }
}
