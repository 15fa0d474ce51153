package org.moralbase.dvb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dvb.domain.StoredDvbItem;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.models.ImportSummary;
import org.moralbase.models.ImportedAnswer;
import org.moralbase.models.ModelAnswers;
import org.moralbase.models.PlainAnswers;
import org.moralbase.models.RunAnswer;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Model answers to a DVB study's prompts made elsewhere: released result rows (CSV or JSONL) or a plain
 * {@code item, model, answer} CSV ({@link PlainAnswers}), stored in the models' answer store under each model's
 * registry entry (decision 0012). A released row's verdict (deep value generalised or not) becomes the option it
 * names: the item's deep-value option, or the other one.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class DvbModelResults {

    private final StoredDvbItemRepository items;
    private final ModelAnswers modelAnswers;
    private final StudyService studies;

    DvbModelResults(StoredDvbItemRepository items, ModelAnswers modelAnswers, StudyService studies) {
        this.items = items;
        this.modelAnswers = modelAnswers;
        this.studies = studies;
    }

    /**
     * Imports the file; every row must answer a prompt of this study, and a model imported on this study before is
     * refused unless {@code replace}.
     *
     * @throws ImportException listing every problem
     */
    @Transactional
    public ImportSummary importResults(long studyId, DatasetSource file, boolean replace) {
        studies.require(studyId, DeepValueKind.ID);
        Map<String, StoredDvbItem> byKey = new HashMap<>();
        items.findByStudyIdOrderById(studyId).forEach(i -> byKey.put(i.getItemKey(), i));
        List<ImportedAnswer> answers = PlainAnswers.matches(file)
                ? PlainAnswers.read(file, byKey.keySet(), ImportLimits.withDefaults())
                : released(file, byKey);
        return modelAnswers.importAnswers(studyId, DeepValueKind.ID, file.name(), answers, replace);
    }

    /** Released result rows: the verdict (deep value generalised or not) names the deep-value option or the other. */
    private static List<ImportedAnswer> released(DatasetSource file, Map<String, StoredDvbItem> byKey) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedAnswer> answers = new ArrayList<>();
        for (DvbResult r : DvbImporter.withDefaults().results(file)) {
            StoredDvbItem item = byKey.get(r.promptId());
            if (item == null) {
                problems.add(ImportProblem.inFile(
                        file.name(), "prompt_id", "'" + r.promptId() + "' is not an item of this study"));
                continue;
            }
            String deep = item.getExpectedChoice();
            String option =
                    switch (r.generalization()) {
                        case GENERALIZED -> deep;
                        case NOT_GENERALIZED -> "A".equals(deep) ? "B" : "A";
                        case UNPARSEABLE -> null;
                    };
            String raw = r.rawResponse().isEmpty() ? r.modelChoice() : r.rawResponse();
            answers.add(new ImportedAnswer(
                    r.model(),
                    r.promptId(),
                    "AB", // a released prompt is asked as written
                    raw,
                    option == null ? 0 : RunAnswer.position(option, "AB"),
                    r.success(),
                    null));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems.subList(0, Math.min(problems.size(), 100)), problems.size() > 100);
        }
        return answers;
    }

    /** How many model answers the study holds, asked by runs and imported. */
    @Transactional(readOnly = true)
    public long count(long studyId) {
        studies.require(studyId, DeepValueKind.ID);
        return modelAnswers.count(studyId);
    }
}
