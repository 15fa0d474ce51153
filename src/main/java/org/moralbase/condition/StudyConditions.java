package org.moralbase.condition;

import java.util.List;
import java.util.Optional;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.condition.domain.StudyCondition;
import org.moralbase.condition.domain.StudyConditionRepository;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study's between-subjects conditions (decision 0028): listed and replaced by researchers who may see the study,
 * read without a signed-in user by participants' sessions and model runs ({@link #ofStudy}, {@link #byId}).
 */
@Service
public class StudyConditions {

    private final StudyConditionRepository conditions;
    private final StudyService studies;
    private final AuditService audit;

    StudyConditions(StudyConditionRepository conditions, StudyService studies, AuditService audit) {
        this.conditions = conditions;
        this.studies = studies;
        this.audit = audit;
    }

    /** The study's conditions in order (empty: none, every session gets the same). */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    @Transactional(readOnly = true)
    public List<Condition> list(long studyId) {
        studies.find(studyId).orElseThrow(() -> new org.moralbase.study.StudyNotFoundException(studyId));
        return ofStudy(studyId);
    }

    /**
     * Replaces the study's conditions; only a draft's may change, so no session or run ever saw another version.
     *
     * @throws IllegalArgumentException naming every problem, by the condition's place and the field
     */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    @Transactional
    public List<Condition> replace(long studyId, List<ConditionInput> wanted) {
        StudySummary study =
                studies.find(studyId).orElseThrow(() -> new org.moralbase.study.StudyNotFoundException(studyId));
        if (study.status() != StudyStatus.DRAFT) {
            throw new IllegalArgumentException("Conditions: only a draft study's conditions can change");
        }
        List<String> problems = ConditionInput.problems(wanted);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        conditions.deleteByStudy(studyId);
        conditions.flush();
        for (int i = 0; i < wanted.size(); i++) {
            ConditionInput c = wanted.get(i);
            conditions.save(new StudyCondition(
                    studyId, i, c.code(), c.label(), c.forPeople(), c.forModels(), c.readLastLine()));
        }
        audit.record(
                AuditAction.STUDY_UPDATED,
                "study",
                studyId,
                "conditions: "
                        + String.join(
                                ", ", wanted.stream().map(ConditionInput::code).toList()));
        return ofStudy(studyId);
    }

    /** The study's conditions in order, with no access check (participants' sessions, model runs). */
    @Transactional(readOnly = true)
    public List<Condition> ofStudy(long studyId) {
        return conditions.findByStudyIdOrderByPosition(studyId).stream()
                .map(StudyConditions::record)
                .toList();
    }

    /** One condition, with no access check (a participant's page shows its text). */
    @Transactional(readOnly = true)
    public Optional<Condition> byId(long conditionId) {
        return conditions.findById(conditionId).map(StudyConditions::record);
    }

    /**
     * Copies the conditions of one study to a new duplicate of it (in the duplicate's transaction).
     *
     * @return the new condition's id by the original's
     */
    @Transactional
    public java.util.Map<Long, Long> copy(long fromStudyId, long toStudyId) {
        java.util.Map<Long, Long> ids = new java.util.LinkedHashMap<>();
        for (StudyCondition c : conditions.findByStudyIdOrderByPosition(fromStudyId)) {
            ids.put(
                    c.getId(),
                    conditions
                            .save(new StudyCondition(
                                    toStudyId,
                                    c.getPosition(),
                                    c.getCode(),
                                    c.getLabel(),
                                    c.getForPeople(),
                                    c.getForModels(),
                                    c.isReadLastLine()))
                            .getId());
        }
        return ids;
    }

    private static Condition record(StudyCondition c) {
        return new Condition(
                c.getId(), c.getCode(), c.getLabel(), c.getForPeople(), c.getForModels(), c.isReadLastLine());
    }
}
