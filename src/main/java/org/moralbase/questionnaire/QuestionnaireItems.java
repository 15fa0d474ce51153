package org.moralbase.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.questionnaire.domain.QuestionnaireItem;
import org.moralbase.questionnaire.domain.QuestionnaireItemRepository;
import org.moralbase.questionnaire.format.ItemFiles;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.study.ItemImport;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A questionnaire's item bank: imported all-or-nothing while the study is a draft, from a CSV
 * {@code item_id,text,scale,subscale,reverse[,block][,attention]} or from the demo bank shipped with Moralbase, and
 * downloaded as the same CSV. A study opens with at least one scored item.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class QuestionnaireItems implements ItemImport {

    /** The demo bank (written for Moralbase: 12 items in 3 subscales, one reverse-keyed item each, one check). */
    static final String DEMO = "/org/moralbase/questionnaire/demo-items.csv";

    private final QuestionnaireItemRepository items;
    private final StudyService studies;
    private final AuditService audit;
    private final Clock clock;

    QuestionnaireItems(QuestionnaireItemRepository items, StudyService studies, AuditService audit, Clock clock) {
        this.items = items;
        this.studies = studies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports items; nothing is stored unless every one is valid and no id is already in the study.
     *
     * @return how many were imported
     * @throws ImportException listing every problem with its line and field
     */
    @Transactional
    public int importItems(long studyId, DatasetSource file) {
        StudySummary study = studies.require(studyId, QuestionnaireKind.ID);
        if (study.status() != StudyStatus.DRAFT) {
            throw new IllegalArgumentException("Items: only a draft study's items can change");
        }
        List<ItemRow> rows = ItemFiles.read(
                file, QuestionnaireSettings.fromJson(study.settings()).scaleBook());
        Set<String> existing = new HashSet<>();
        items.findByStudyIdOrderById(studyId).forEach(i -> existing.add(i.getKey()));
        List<ImportProblem> problems = new ArrayList<>();
        for (ItemRow row : rows) {
            if (existing.contains(row.key())) {
                problems.add(ImportProblem.inFile(
                        file.name(), "item_id", "item '" + row.key() + "' is already in this study"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        items.saveAll(rows.stream()
                .map(r -> new QuestionnaireItem(studyId, r, clock.instant()))
                .toList());
        audit.record(AuditAction.IMPORT, "study", studyId, "questionnaire items " + file.name() + ": " + rows.size());
        return rows.size();
    }

    /** Imports the demo bank. */
    @Transactional
    public int importDemo(long studyId) {
        try (InputStream in = QuestionnaireItems.class.getResourceAsStream(DEMO)) {
            return importItems(studyId, DatasetSource.of("demo-items.csv", in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file, part {@code file} (REST API). */
    @Override
    public List<String> parts() {
        return List.of("file");
    }

    /** Imports the file of part {@code file} (REST API; one format). */
    @Override
    @Transactional
    public int importItems(long studyId, Map<String, DatasetSource> files, String format) {
        return importItems(studyId, files.get("file"));
    }

    /** The study's items in bank order. */
    @Transactional(readOnly = true)
    public List<ItemRow> list(long studyId) {
        studies.require(studyId, QuestionnaireKind.ID);
        return items.findByStudyIdOrderById(studyId).stream()
                .map(QuestionnaireItem::row)
                .toList();
    }

    /** The items as an item file. */
    @Transactional // the audit line
    public String csv(long studyId) {
        List<ItemRow> rows = list(studyId);
        audit.record(AuditAction.EXPORT, "study", studyId, "questionnaire items CSV: " + rows.size());
        return ItemFiles.csv(rows);
    }

    /** The scored items as {@code item,subscale,reverse}, the scoring file of {@code analyze scale-reliability}. */
    @Transactional // the audit line
    public String scoringCsv(long studyId) {
        List<ItemRow> rows = list(studyId);
        audit.record(AuditAction.EXPORT, "study", studyId, "questionnaire scoring CSV: " + rows.size());
        return ItemFiles.scoringCsv(rows);
    }

    /** Copies the items to a duplicated draft ({@code StudyKind#copyItems}). */
    int copy(long fromStudyId, long toStudyId) {
        return items.copyItems(fromStudyId, toStudyId, clock.instant());
    }

    /** Why the study cannot open (no access check: {@link QuestionnaireKind} asks). */
    @Transactional(readOnly = true)
    Optional<String> openingProblem(long studyId) {
        boolean scored = items.findByStudyIdOrderById(studyId).stream()
                .anyMatch(i -> !i.row().attention());
        return scored
                ? Optional.empty()
                : Optional.of("The study needs at least one scored item: import them on the Items page.");
    }
}
