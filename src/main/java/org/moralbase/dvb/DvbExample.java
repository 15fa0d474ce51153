package org.moralbase.dvb;

/**
 * One presented pair of options from a per-test examples file.
 *
 * @param optionA text of option A
 * @param optionB text of option B
 * @param chosen the option the simulated user chose (training), or null for the test pair, which is unanswered
 */
public record DvbExample(String optionA, String optionB, OptionLabel chosen) {

    /** Checks both texts are present. */
    public DvbExample {
        if (optionA == null || optionA.isBlank() || optionB == null || optionB.isBlank()) {
            throw new IllegalArgumentException("both option texts must not be blank");
        }
    }

    /** Whether a choice is recorded (true for training examples). */
    public boolean isAnswered() {
        return chosen != null;
    }
}
