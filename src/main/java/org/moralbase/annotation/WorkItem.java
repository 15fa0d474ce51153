package org.moralbase.annotation;

import java.util.Map;

/**
 * An item held for the signed-in annotator.
 *
 * @param assignmentId what to submit the answers against
 * @param itemKey the item's key
 * @param context the situation (may be empty)
 * @param optionA first option
 * @param optionB second option
 * @param metadata the part of the item's metadata the researcher chose to show ({@link MetadataShown})
 * @param progress counts before this item
 */
public record WorkItem(
        long assignmentId,
        String itemKey,
        String context,
        String optionA,
        String optionB,
        Map<String, String> metadata,
        WorkBrief.Progress progress) {}
