package org.moralbase.choicepair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.domain.ChoicePairModelAnswer;
import org.moralbase.choicepair.domain.ChoicePairModelAnswerRepository;
import org.moralbase.choicepair.domain.StoredChoicePair;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.choicepair.format.ModelAnswerFormat;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.stats.choice.ChoiceComparison;
import org.moralbase.stats.choice.ChoiceCounts;
import org.moralbase.stats.choice.ItemComparison;
import org.moralbase.stats.choice.ModelAgreement;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.ModelItemAnswers;
import org.moralbase.study.ModelItemTally;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Model answers to a choice-pair study's items ({@link ModelAnswerFormat}) and their comparison with people's
 * choices ({@link ChoiceComparison}). Importing a model's answers replaces that model's earlier answers.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ChoicePairModels {

    private final StoredChoicePairRepository items;
    private final ChoicePairModelAnswerRepository answers;
    private final ChoicePairResults results;
    private final List<ModelItemAnswers> asked;
    private final StudyService studies;
    private final AuditService audit;
    private final Clock clock;

    ChoicePairModels(
            StoredChoicePairRepository items,
            ChoicePairModelAnswerRepository answers,
            ChoicePairResults results,
            List<ModelItemAnswers> asked,
            StudyService studies,
            AuditService audit,
            Clock clock) {
        this.items = items;
        this.answers = answers;
        this.results = results;
        this.asked = asked;
        this.studies = studies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports a model-answer CSV; nothing is stored unless every row is valid.
     *
     * @return the answers stored (unparseable ones included)
     * @throws ImportException listing every problem
     */
    @Transactional
    public int importAnswers(long studyId, DatasetSource file) {
        Map<String, Long> ids = new HashMap<>();
        studies.require(studyId, StudyKind.CHOICE_PAIR);
        items.findByStudyIdOrderById(studyId).forEach(i -> ids.put(i.getItemKey(), i.getId()));
        List<ModelAnswer> read = ModelAnswerFormat.read(file, ids.keySet(), ImportLimits.withDefaults());
        Set<String> models = read.stream().map(ModelAnswer::model).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!models.isEmpty()) {
            answers.deleteByStudyAndModels(studyId, models);
        }
        answers.saveAll(read.stream()
                .map(a -> new ChoicePairModelAnswer(
                        studyId, ids.get(a.itemKey()), a.model(), a.raw(), a.choice(), a.order(), clock.instant()))
                .toList());
        audit.record(AuditAction.IMPORT, "study", studyId, "model answers " + file.name() + ": " + read.size());
        return read.size();
    }

    /**
     * Every model's summary and per-item shares beside the human shares, models in name order: imported answers
     * and those model runs asked, pooled by model name.
     */
    @Transactional(readOnly = true)
    public ModelComparison compare(long studyId) {
        List<ItemShare> human = results.shares(studyId);
        Map<Long, String> keys = new HashMap<>();
        for (StoredChoicePair item : items.findByStudyIdOrderById(studyId)) {
            keys.put(item.getId(), item.getItemKey());
        }
        // model -> item key -> [A, B, unparseable]
        Map<String, Map<String, int[]>> tally = new TreeMap<>();
        for (ChoicePairModelAnswer a : answers.findByStudyId(studyId)) {
            int[] counts = tally.computeIfAbsent(a.getModel(), m -> new HashMap<>())
                    .computeIfAbsent(keys.get(a.getItemId()), k -> new int[3]);
            counts["A".equals(a.getChoice()) ? 0 : "B".equals(a.getChoice()) ? 1 : 2]++;
        }
        for (ModelItemAnswers source : asked) {
            for (ModelItemTally t : source.tallies(studyId)) {
                int[] counts = tally.computeIfAbsent(t.model(), m -> new HashMap<>())
                        .computeIfAbsent(t.itemKey(), k -> new int[3]);
                counts[0] += t.chosenA();
                counts[1] += t.chosenB();
                counts[2] += t.unreadable();
            }
        }
        List<ModelSummary> summaries = new ArrayList<>();
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
                        c.crossEntropy()));
            }
            ModelAgreement s = ChoiceComparison.summary(all);
            summaries.add(new ModelSummary(
                    model, s.items(), s.majorityItems(), s.agreementRate(), s.meanCrossEntropy(), total, unparseable));
        });
        return new ModelComparison(summaries, rows);
    }
}
