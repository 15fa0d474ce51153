package org.moralbase.moralmachine.comparison;

import java.util.List;
import java.util.Map;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.proportion.Proportion;

/**
 * A Moral Machine study split by its stated-policy conditions (decision 0028; docs/methods.md, "Conditions"): where
 * the researcher marked which level of an attribute a condition's policy spares, the share of the condition's
 * scenarios in that attribute's subset that spared it, people's and each model's; and each model's AMCEs within each
 * condition (the people's are {@code LiveAmce.snapshotsByCondition}).
 *
 * @param marked one line per condition and marked attribute, in the study's condition order and the attributes' order
 * @param ignoredMarks marks that name no Moral Machine attribute (item keys as marked), so the page can say so
 * @param modelAmces per model (by name), per condition code, its AMCEs over its runs that asked the condition
 */
public record PolicyConsistency(
        List<Marked> marked, List<String> ignoredMarks, Map<String, Map<String, AmceResult>> modelAmces) {

    /**
     * One condition's mark on one attribute.
     *
     * @param impliedLevel 0 when the policy spares the attribute's level A ({@link AmceAttribute#baselineLevel()}), 1
     *     for level B
     * @param people the share of the people's scenarios that spared the implied level (Wilson interval), or {@code
     *     null} before any
     * @param models per model that asked the condition, its share
     */
    public record Marked(
            String condition,
            String label,
            AmceAttribute attribute,
            int impliedLevel,
            Proportion people,
            Map<String, Proportion> models) {}
}
