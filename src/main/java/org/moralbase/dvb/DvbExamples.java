package org.moralbase.dvb;

import java.util.List;

/**
 * The examples behind one DVB test: the answered training pairs and the unanswered test pair.
 *
 * @param testId the {@code test_id} they belong to
 * @param training answered training pairs, in presentation order
 * @param test the test pair
 */
public record DvbExamples(String testId, List<DvbExample> training, DvbExample test) {

    /** Checks training pairs are answered and the test pair is not. */
    public DvbExamples {
        training = List.copyOf(training);
        if (training.stream().anyMatch(e -> !e.isAnswered())) {
            throw new IllegalArgumentException("every training example of " + testId + " needs a chosen option");
        }
        if (test == null || test.isAnswered()) {
            throw new IllegalArgumentException("the test example of " + testId + " must be present and unanswered");
        }
    }
}
