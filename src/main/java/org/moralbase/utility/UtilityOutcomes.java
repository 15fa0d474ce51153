package org.moralbase.utility;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.study.ItemImport;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.utility.domain.Outcome;
import org.moralbase.utility.domain.OutcomeRepository;
import org.moralbase.utility.format.OutcomeFiles;
import org.moralbase.utility.format.OutcomeRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A utility study's outcomes: imported all-or-nothing while the study is a draft, from an emergent-values
 * {@code options_hierarchical.json} or a CSV {@code id,description[,category]} (the format read from the content),
 * and downloaded in both shapes. A study opens with at least two.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class UtilityOutcomes implements ItemImport {

    /** The longest outcome id (ids name pairs in model answers: {@code first|second}). */
    static final int KEY_LENGTH = 60;

    private final OutcomeRepository outcomes;
    private final StudyService studies;
    private final AuditService audit;
    private final Clock clock;

    UtilityOutcomes(OutcomeRepository outcomes, StudyService studies, AuditService audit, Clock clock) {
        this.outcomes = outcomes;
        this.studies = studies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports outcomes; nothing is stored unless every one is valid and no id is already in the study.
     *
     * @return how many were imported
     * @throws ImportException listing every problem with its line or field
     */
    @Transactional
    public int importOutcomes(long studyId, DatasetSource file) {
        StudySummary study = studies.require(studyId, UtilityKind.ID);
        if (study.status() != StudyStatus.DRAFT) {
            throw new IllegalArgumentException("Outcomes: only a draft study's outcomes can change");
        }
        List<OutcomeRow> rows = OutcomeFiles.read(file);
        Set<String> existing = new HashSet<>();
        outcomes.findByStudyIdOrderById(studyId).forEach(o -> existing.add(o.getKey()));
        List<ImportProblem> problems = new ArrayList<>();
        for (OutcomeRow row : rows) {
            if (existing.contains(row.id())) {
                problems.add(
                        ImportProblem.inFile(file.name(), "id", "outcome '" + row.id() + "' is already in this study"));
            } else if (row.id().length() > KEY_LENGTH || row.id().contains("|")) {
                problems.add(ImportProblem.inFile(
                        file.name(),
                        "id",
                        "outcome id '" + row.id() + "': at most " + KEY_LENGTH + " characters, no '|'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        outcomes.saveAll(rows.stream()
                .map(r -> new Outcome(studyId, r.id(), r.description(), r.category(), clock.instant()))
                .toList());
        audit.record(AuditAction.IMPORT, "study", studyId, "outcomes " + file.name() + ": " + rows.size());
        return rows.size();
    }

    /** One file, part {@code file} (REST API). */
    @Override
    public List<String> parts() {
        return List.of("file");
    }

    /** Imports the file of part {@code file}; the format is read from the content (REST API). */
    @Override
    @Transactional
    public int importItems(long studyId, java.util.Map<String, DatasetSource> files, String format) {
        return importOutcomes(studyId, files.get("file"));
    }

    /** The study's outcomes in their order. */
    @Transactional(readOnly = true)
    public List<OutcomeSummary> list(long studyId) {
        studies.require(studyId, UtilityKind.ID);
        return outcomes.findByStudyIdOrderById(studyId).stream()
                .map(o -> new OutcomeSummary(o.getKey(), o.getDescription(), o.getCategory()))
                .toList();
    }

    /** The outcomes as a CSV {@code id,description,category}. */
    @Transactional // the audit line
    public String csv(long studyId) {
        List<OutcomeRow> rows = rows(studyId);
        audit.record(AuditAction.EXPORT, "study", studyId, "outcomes CSV: " + rows.size());
        return OutcomeFiles.csv(rows);
    }

    /** The outcomes in the emergent-values {@code options_hierarchical.json} shape. */
    @Transactional // the audit line
    public String hierarchicalJson(long studyId) {
        List<OutcomeRow> rows = rows(studyId);
        audit.record(AuditAction.EXPORT, "study", studyId, "outcomes JSON: " + rows.size());
        return OutcomeFiles.hierarchicalJson(rows);
    }

    private List<OutcomeRow> rows(long studyId) {
        return list(studyId).stream()
                .map(o -> new OutcomeRow(o.key(), o.description(), o.category()))
                .toList();
    }

    /** Copies the outcomes to a duplicated draft ({@code StudyKind#copyItems}). */
    int copy(long fromStudyId, long toStudyId) {
        return outcomes.copyOutcomes(fromStudyId, toStudyId, clock.instant());
    }

    /** Why the study cannot open (no access check: {@link UtilityKind} asks). */
    @Transactional(readOnly = true)
    Optional<String> openingProblem(long studyId) {
        return outcomes.countByStudyId(studyId) < 2
                ? Optional.of("The study needs at least two outcomes: import them on the Outcomes page.")
                : Optional.empty();
    }
}
