package org.moralbase.choicepair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.moralbase.base.Roles;
import org.moralbase.condition.Condition;
import org.moralbase.condition.ConditionImplications;
import org.moralbase.condition.Consistency;
import org.moralbase.condition.Implication;
import org.moralbase.condition.StudyConditions;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.stats.proportion.ProportionEstimator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A choice-pair study split by condition (decision 0028; docs/methods.md, "Conditions"): the people assigned each
 * condition beside the model runs that asked it, item by item, and their policy consistency where the researcher
 * marked which option the condition's policy implies.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ChoicePairConditions {

    private final ChoicePairModels models;
    private final ChoicePairResults results;
    private final StudyConditions conditions;
    private final ConditionImplications implications;

    ChoicePairConditions(
            ChoicePairModels models,
            ChoicePairResults results,
            StudyConditions conditions,
            ConditionImplications implications) {
        this.models = models;
        this.results = results;
        this.conditions = conditions;
        this.implications = implications;
    }

    /** The study by condition; empty lists when it has no conditions. */
    @Transactional(readOnly = true)
    public ConditionComparison compare(long studyId) {
        Map<String, Map<String, String>> marks = new HashMap<>();
        for (Implication m : implications.list(studyId)) {
            marks.computeIfAbsent(m.condition(), c -> new HashMap<>()).put(m.itemKey(), m.implied());
        }
        ProportionEstimator wilson = ProportionEstimator.withDefaults();
        List<Consistency> out = new ArrayList<>();
        List<ConditionComparison.Shift> shifts = new ArrayList<>();
        TreeSet<String> modelNames = new TreeSet<>();
        for (Condition c : conditions.list(studyId)) {
            Map<String, String> implied = marks.getOrDefault(c.code(), Map.of());
            List<ItemShare> human = results.shares(studyId, c.code());
            ModelComparison within = models.compare(studyId, human, false, c.code());
            Map<String, Map<String, ItemModelShare>> byItem = new HashMap<>();
            for (ItemModelShare s : within.items()) {
                byItem.computeIfAbsent(s.itemKey(), k -> new TreeMap<>()).put(s.model(), s);
            }
            int[] people = new int[2]; // consistent, decided
            Map<String, int[]> perModel = new TreeMap<>();
            int marked = 0;
            for (ItemShare item : human) {
                String option = implied.get(item.key());
                Proportion p = item.shareA();
                Map<String, Double> modelShares = new LinkedHashMap<>();
                byItem.getOrDefault(item.key(), Map.of()).forEach((model, s) -> {
                    if (s.modelShareA() != null) {
                        modelShares.put(model, s.modelShareA());
                        modelNames.add(model);
                    }
                });
                shifts.add(new ConditionComparison.Shift(
                        item.key(),
                        c.code(),
                        p == null ? null : p.estimate(),
                        p == null ? 0 : p.trials(),
                        option,
                        modelShares));
                if (option == null) {
                    continue;
                }
                marked++;
                if (p != null) {
                    people[0] += "A".equals(option) ? p.successes() : p.trials() - p.successes();
                    people[1] += p.trials();
                }
                byItem.getOrDefault(item.key(), Map.of()).forEach((model, s) -> {
                    if (s.modelShareA() != null && s.parseable() > 0) {
                        int a = (int) Math.round(s.modelShareA() * s.parseable());
                        int[] counts = perModel.computeIfAbsent(model, m -> new int[2]);
                        counts[0] += "A".equals(option) ? a : s.parseable() - a;
                        counts[1] += s.parseable();
                    }
                });
            }
            Map<String, Proportion> modelConsistency = new LinkedHashMap<>();
            perModel.forEach((model, k) -> modelConsistency.put(model, wilson.estimate(k[0], k[1])));
            out.add(new Consistency(
                    c.code(),
                    c.label(),
                    marked,
                    people[1] == 0 ? null : wilson.estimate(people[0], people[1]),
                    modelConsistency));
        }
        return new ConditionComparison(out, shifts, List.copyOf(modelNames));
    }
}
