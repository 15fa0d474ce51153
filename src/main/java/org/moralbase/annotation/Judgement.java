package org.moralbase.annotation;

import java.time.Instant;

/**
 * One answered question in long format, as exported.
 *
 * @param itemKey the item's key
 * @param rater the annotator's username
 * @param question the question's code
 * @param value the stored answer
 * @param timeMs milliseconds from assignment to submission (for the whole item)
 * @param submittedAt when the item was submitted
 */
public record Judgement(
        String itemKey, String rater, String question, String value, long timeMs, Instant submittedAt) {}
