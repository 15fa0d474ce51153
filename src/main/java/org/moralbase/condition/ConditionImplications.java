package org.moralbase.condition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.condition.domain.ConditionImplication;
import org.moralbase.condition.domain.ConditionImplicationRepository;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which option each condition (a stated policy) implies on the study's items, as the researcher marks them by file
 * ({@link ImplicationFiles}), for the policy-consistency share (decision 0028). Marks are analysis annotations: they
 * may change at any time, and a new file replaces the old marks whole.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ConditionImplications {

    private final ConditionImplicationRepository marks;
    private final StudyConditions conditions;
    private final StudyService studies;
    private final AuditService audit;

    ConditionImplications(
            ConditionImplicationRepository marks,
            StudyConditions conditions,
            StudyService studies,
            AuditService audit) {
        this.marks = marks;
        this.conditions = conditions;
        this.studies = studies;
        this.audit = audit;
    }

    /**
     * Replaces the study's marks with the file's; nothing changes unless every line is valid.
     *
     * @return how many marks were stored
     * @throws org.moralbase.dataimport.ImportException naming every problem by line and field
     */
    @Transactional
    public int importMarks(long studyId, DatasetSource file) {
        Map<String, Long> ids = idsByCode(studyId);
        List<Implication> read = ImplicationFiles.read(file, ids.keySet());
        if (!ids.isEmpty()) {
            marks.deleteByConditionIds(ids.values());
            marks.flush();
        }
        marks.saveAll(read.stream()
                .map(m -> new ConditionImplication(ids.get(m.condition()), m.itemKey(), m.implied()))
                .toList());
        audit.record(AuditAction.IMPORT, "study", studyId, "policy marks " + file.name() + ": " + read.size());
        return read.size();
    }

    /** The study's marks, by condition in the study's order. */
    @Transactional(readOnly = true)
    public List<Implication> list(long studyId) {
        Map<String, Long> ids = idsByCode(studyId);
        Map<Long, String> codes =
                ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return ids.isEmpty()
                ? List.of()
                : marks.findByConditionIdInOrderById(ids.values()).stream()
                        .map(m -> new Implication(codes.get(m.getConditionId()), m.getItemKey(), m.getImplied()))
                        .toList();
    }

    /** The marks as the CSV the import reads. */
    @Transactional // the audit line
    public String csv(long studyId) {
        List<Implication> all = list(studyId);
        audit.record(AuditAction.EXPORT, "study", studyId, "policy marks CSV: " + all.size());
        return ImplicationFiles.csv(all);
    }

    private Map<String, Long> idsByCode(long studyId) {
        studies.find(studyId).orElseThrow(() -> new StudyNotFoundException(studyId));
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        conditions.ofStudy(studyId).forEach(c -> ids.put(c.code(), c.id()));
        return ids;
    }

    /** Copies the marks of one study's conditions to its duplicate's ({@code newIds}: old condition id → new). */
    void copy(Map<Long, Long> newIds) {
        if (newIds.isEmpty()) {
            return;
        }
        Map<Long, Long> ids = new HashMap<>(newIds);
        marks.saveAll(marks.findByConditionIdInOrderById(ids.keySet()).stream()
                .map(m -> new ConditionImplication(ids.get(m.getConditionId()), m.getItemKey(), m.getImplied()))
                .toList());
    }
}
