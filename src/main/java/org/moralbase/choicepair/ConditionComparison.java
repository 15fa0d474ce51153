package org.moralbase.choicepair;

import java.util.List;
import java.util.Map;
import org.moralbase.condition.Consistency;

/**
 * A choice-pair study's results by condition (decision 0028): per condition the policy consistency of people and of
 * each model, and per item the share of A in each condition.
 *
 * @param conditions per condition, in the study's order
 * @param items per item and condition
 * @param models the models with answers under any condition, in name order
 */
public record ConditionComparison(List<Consistency> conditions, List<Shift> items, List<String> models) {

    /**
     * One item under one condition.
     *
     * @param peopleShareA the share of decided people choosing A, or {@code null} when none decided
     * @param peopleDecided how many people decided
     * @param implied the option the condition implies here, or {@code null} when unmarked
     * @param modelShareA each model's share of A over its readable answers (models without any left out)
     */
    public record Shift(
            String itemKey,
            String condition,
            Double peopleShareA,
            int peopleDecided,
            String implied,
            Map<String, Double> modelShareA) {}
}
