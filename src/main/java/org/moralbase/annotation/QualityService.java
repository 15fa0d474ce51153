package org.moralbase.annotation;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationMemberRepository;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.annotation.domain.AnnotationQuestion;
import org.moralbase.annotation.domain.FinalLabel;
import org.moralbase.annotation.domain.FinalLabelRepository;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The researcher's quality view and review: agreement, per-item and per-worker numbers (recomputed from the
 * stored judgements on every call, so excluding a worker changes everything at once), and adjudication.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class QualityService {

    /** Bootstrap resamples for the alpha intervals. */
    public static final int REPLICATES = 1000;

    private final ProjectAccess access;
    private final ProjectData data;
    private final AnnotationMemberRepository members;
    private final FinalLabelRepository finals;
    private final AuditService audit;
    private final Clock clock;

    QualityService(
            ProjectAccess access,
            ProjectData data,
            AnnotationMemberRepository members,
            FinalLabelRepository finals,
            AuditService audit,
            Clock clock) {
        this.access = access;
        this.data = data;
        this.members = members;
        this.finals = finals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report, without excluded workers; the bootstrap uses the project's seed. */
    @Transactional(readOnly = true)
    public QualityReport report(long projectId) {
        AnnotationProject project = access.managed(projectId);
        return compute(project, data.load(projectId));
    }

    /** The item rows to review, disagreements first (highest entropy, then ties, then lowest majority share). */
    @Transactional(readOnly = true)
    public List<QualityReport.ItemRow> reviewQueue(long projectId) {
        return report(projectId).items().stream()
                .sorted(Comparator.comparing((QualityReport.ItemRow r) -> -r.entropyBits())
                        .thenComparing(QualityReport.ItemRow::majorityShare)
                        .thenComparing(QualityReport.ItemRow::itemKey))
                .toList();
    }

    /** Excludes a worker (or takes them back); their judgements then leave every statistic and label. */
    @Transactional
    public void setExcluded(long projectId, String username, boolean excluded) {
        access.managed(projectId);
        List<org.moralbase.annotation.domain.AnnotationMember> team = members.findByProjectIdOrderById(projectId);
        Map<Long, String> names = data.memberNames(team);
        team.stream()
                .filter(m -> username.equals(names.get(m.getId())))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No annotator '" + username + "' in this project"))
                .setExcluded(excluded);
        audit.record(
                AuditAction.STUDY_UPDATED,
                AnnotationProjectService.TARGET,
                projectId,
                (excluded ? "excluded " : "included ") + username);
    }

    /** Records the reviewer's final label for one item and question; the signed-in account is recorded as the decider. */
    @Transactional
    public void adjudicate(long projectId, String itemKey, String questionCode, String label) {
        access.managed(projectId);
        ProjectData.Snapshot snapshot = data.load(projectId);
        AnnotationItem item = snapshot.items().stream()
                .filter(i -> i.getItemKey().equals(itemKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item '" + itemKey + "'"));
        AnnotationQuestion question = snapshot.questions().stream()
                .filter(q -> q.getCode().equals(questionCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question '" + questionCode + "'"));
        String value = question.toSpec().normalise(label);
        String reviewer = SecurityContextHolder.getContext().getAuthentication().getName();
        FinalLabel decision = finals.findByItemIdAndQuestionId(item.getId(), question.getId())
                .orElseGet(() -> new FinalLabel(item.getId(), question.getId()));
        decision.decide(value, reviewer, clock.instant());
        finals.save(decision);
        audit.record(
                AuditAction.STUDY_UPDATED,
                AnnotationProjectService.TARGET,
                projectId,
                "final label " + itemKey + "/" + questionCode + " = " + value);
    }

    QualityReport compute(AnnotationProject project, ProjectData.Snapshot s) {
        Map<String, String[]> decided = new HashMap<>();
        s.decisions().forEach((key, f) -> decided.put(key, new String[] {f.getLabel(), f.getDecidedBy()}));
        return new QualityCalculator(REPLICATES, project.getRandomSeed())
                .compute(s.specs(), s.judgements(), s.gold(), s.excluded(), decided);
    }
}
