package org.moralbase.utility;

import java.util.List;

/**
 * A utility study's results: the people's fit, each model's, how each model matches the people, and the pairs
 * where they disagree most.
 *
 * @param people the people's fit, or null before any vote
 * @param unparseableRule how unparseable model answers were counted, in words
 */
public record UtilityReport(
        UtilityFit people,
        List<UtilityFit> models,
        List<HumanModelAgreement> agreement,
        List<DisputedPair> disputed,
        String unparseableRule) {}
