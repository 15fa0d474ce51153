package org.moralbase.models.client;

import java.util.List;

/**
 * The end of one prompt's life: an answer, or a final failure; either way with every failed attempt before
 * it.
 *
 * @param answer the answer, or {@code null} on failure
 * @param failure the final failure type ({@link FailureType#CANCELLED} if never finished), or {@code null}
 * @param errors every failed attempt, in order (empty if the first attempt answered or none was made)
 */
public record CallOutcome(ModelReply answer, FailureType failure, List<AttemptError> errors) {

    /** Checks that exactly one of answer and failure is set and copies the errors. */
    public CallOutcome {
        if ((answer == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of answer and failure must be set");
        }
        errors = List.copyOf(errors);
    }

    /** Answered, possibly after failed attempts. */
    public static CallOutcome answered(ModelReply answer, List<AttemptError> errors) {
        return new CallOutcome(answer, null, errors);
    }

    /** Given up after the recorded attempts. */
    public static CallOutcome failed(FailureType failure, List<AttemptError> errors) {
        return new CallOutcome(null, failure, errors);
    }

    /** Cancelled before an answer; {@code errors} holds any attempts already made. */
    public static CallOutcome cancelled(List<AttemptError> errors) {
        return new CallOutcome(null, FailureType.CANCELLED, errors);
    }

    /** Whether there is an answer. */
    public boolean answered() {
        return answer != null;
    }

    /** Attempts actually sent: the failed ones plus the answering one. */
    public int attempts() {
        return errors.size() + (answer != null ? 1 : 0);
    }
}
