package org.moralbase.choicepair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.models.ImportSummary;
import org.moralbase.models.ItemTally;
import org.moralbase.models.ModelAnswers;
import org.moralbase.models.PlainAnswers;
import org.moralbase.stats.choice.ChoiceComparison;
import org.moralbase.stats.choice.ChoiceCounts;
import org.moralbase.stats.choice.ItemComparison;
import org.moralbase.stats.choice.ModelAgreement;
import org.moralbase.stats.choice.OrderBalance;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Model answers to a choice-pair study's items ({@link PlainAnswers}) and their comparison with people's
 * choices ({@link ChoiceComparison}). Importing a model's answers replaces that model's earlier answers.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ChoicePairModels {

    private final StoredChoicePairRepository items;
    private final ChoicePairResults results;
    private final ModelAnswers modelAnswers;
    private final StudyService studies;

    ChoicePairModels(
            StoredChoicePairRepository items,
            ChoicePairResults results,
            ModelAnswers modelAnswers,
            StudyService studies) {
        this.items = items;
        this.results = results;
        this.modelAnswers = modelAnswers;
        this.studies = studies;
    }

    /**
     * Imports a model-answer CSV into the models' answer store, one imported run per model; nothing is stored unless
     * every row is valid. A model with answers imported on this study before is refused unless {@code replace}.
     *
     * @return what was stored (unparseable answers included)
     * @throws ImportException listing every problem
     */
    @Transactional
    public ImportSummary importAnswers(long studyId, DatasetSource file, boolean replace) {
        studies.require(studyId, ChoicePairKind.ID);
        Set<String> keys = new HashSet<>();
        items.findByStudyIdOrderById(studyId).forEach(i -> keys.add(i.getItemKey()));
        return modelAnswers.importAnswers(
                studyId,
                ChoicePairKind.ID,
                file.name(),
                PlainAnswers.read(file, keys, ImportLimits.withDefaults()),
                replace);
    }

    /**
     * Every model's summary and per-item shares beside the human shares, models in name order: the answers of its
     * balanced runs (asked or imported), pooled by registry model; unbalanced runs are left out (methods §6).
     */
    @Transactional(readOnly = true)
    public ModelComparison compare(long studyId) {
        return compare(studyId, false);
    }

    /**
     * As {@link #compare(long)}; with {@code includeUnbalanced} every run is pooled, balanced or not (the balance is
     * still reported).
     */
    @Transactional(readOnly = true)
    public ModelComparison compare(long studyId, boolean includeUnbalanced) {
        return compare(studyId, includeUnbalanced, null);
    }

    /**
     * As {@link #compare(long, boolean)} within one condition ({@code condition}: its code, decision 0028): the
     * people assigned it beside the runs that asked it; {@code null} for everyone and every run.
     */
    @Transactional(readOnly = true)
    public ModelComparison compare(long studyId, boolean includeUnbalanced, String condition) {
        return compare(studyId, results.shares(studyId, condition), includeUnbalanced, condition);
    }

    /**
     * As {@link #compare(long, boolean, String)} beside people's shares the caller has read already ({@link
     * ChoicePairResults#shares(long, String)} of the same condition), so a page showing both reads them once.
     */
    @Transactional(readOnly = true)
    public ModelComparison compare(long studyId, List<ItemShare> human, boolean includeUnbalanced, String condition) {
        Set<Long> conditionRuns = condition == null ? null : modelAnswers.runsInCondition(studyId, condition);
        List<ItemTally> tallies = modelAnswers.tallies(studyId).stream()
                .filter(t -> conditionRuns == null || conditionRuns.contains(t.runId()))
                .toList();
        // run -> its balance and model
        Map<Long, OrderBalance> balance = new LinkedHashMap<>();
        Map<Long, String> runModel = new HashMap<>();
        for (ItemTally t : tallies) {
            balance.merge(t.runId(), new OrderBalance(t.shownAB(), t.shownBA(), t.orderUnknown()), OrderBalance::plus);
            runModel.put(t.runId(), t.model());
        }
        List<RunBalance> runs = new ArrayList<>();
        balance.forEach(
                (run, b) -> runs.add(new RunBalance(runModel.get(run), run, b, includeUnbalanced || b.balanced())));
        Set<Long> pooled = new HashSet<>();
        runs.stream().filter(RunBalance::pooled).forEach(r -> pooled.add(r.runId()));
        // model -> item key -> [A, B, unparseable]
        Map<String, Map<String, int[]>> tally = new TreeMap<>();
        Map<String, OrderBalance> modelBalance = new HashMap<>();
        Map<String, Set<Long>> modelRuns = new HashMap<>();
        for (ItemTally t : tallies) {
            if (!pooled.contains(t.runId())) {
                continue;
            }
            int[] counts = tally.computeIfAbsent(t.model(), m -> new HashMap<>())
                    .computeIfAbsent(t.itemKey(), k -> new int[3]);
            counts[0] += t.chosenA();
            counts[1] += t.chosenB();
            counts[2] += t.unreadable();
            modelBalance.merge(
                    t.model(), new OrderBalance(t.shownAB(), t.shownBA(), t.orderUnknown()), OrderBalance::plus);
            modelRuns.computeIfAbsent(t.model(), m -> new HashSet<>()).add(t.runId());
        }
        List<ModelShareSummary> summaries = new ArrayList<>();
        List<ItemModelShare> rows = new ArrayList<>();
        tally.forEach((model, byItem) -> {
            List<ChoiceCounts> all = new ArrayList<>();
            int total = 0;
            int unparseable = 0;
            for (ItemShare share : human) {
                int[] m = byItem.getOrDefault(share.key(), new int[3]);
                total += m[0] + m[1] + m[2];
                unparseable += m[2];
                Proportion p = share.shareA();
                int humanA = p == null ? 0 : p.successes();
                int humanB = p == null ? 0 : p.trials() - p.successes();
                ChoiceCounts counts = new ChoiceCounts(humanA, humanB, m[0], m[1]);
                all.add(counts);
                ItemComparison c = ChoiceComparison.item(counts);
                rows.add(new ItemModelShare(
                        share.key(),
                        model,
                        c.humanShareA(),
                        humanA + humanB,
                        c.modelShareA(),
                        m[0] + m[1],
                        m[2],
                        c.divergence(),
                        c.agrees()));
            }
            ModelAgreement s = ChoiceComparison.summary(all);
            summaries.add(new ModelShareSummary(
                    model,
                    s.items(),
                    s.majorityItems(),
                    s.tiedItems(),
                    s.agreementRate(),
                    s.meanDivergence(),
                    total,
                    unparseable,
                    modelBalance.get(model),
                    modelRuns.get(model).size()));
        });
        return new ModelComparison(summaries, rows, runs, includeUnbalanced);
    }
}
