package org.moralbase.annotation;

/** The result of answering the comprehension checks. */
public enum CheckOutcome {
    /** All correct: work may start. */
    PASSED,
    /** A wrong answer: read the instructions and try again. */
    TRY_AGAIN,
    /** A wrong answer to a screen-out check: no items for this annotator. */
    SCREENED_OUT
}
