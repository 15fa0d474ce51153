package org.moralbase.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.annotation.domain.AnnotationProjectRepository;
import org.moralbase.annotation.domain.AnnotationQuestion;
import org.moralbase.annotation.domain.AnnotationQuestionRepository;
import org.moralbase.annotation.domain.Answer;
import org.moralbase.annotation.domain.AnswerRepository;
import org.moralbase.annotation.domain.Assignment;
import org.moralbase.annotation.domain.AssignmentRepository;
import org.moralbase.annotation.domain.AssignmentStatus;
import org.moralbase.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annotator's side: the next item, answers, comprehension checks. Assignment and submission each run in
 * one transaction that first takes the project row's write lock ({@code SELECT … FOR UPDATE}), so concurrent
 * workers are served one at a time per project: counts read under the lock are current, no item exceeds k
 * (holds count), and the unique key (item, worker) makes the database refuse the same item twice to a worker.
 * The lock is the first statement on purpose: under MariaDB's REPEATABLE READ an earlier plain read would fix
 * the snapshot before the lock and the counts would be stale.
 */
@Service
@PreAuthorize(Roles.HAS_ANNOTATOR)
public class AssignmentService {

    private static final List<AssignmentStatus> COUNTED = List.of(AssignmentStatus.HELD, AssignmentStatus.DONE);

    private final AnnotationProjectRepository projects;
    private final AnnotationItemRepository items;
    private final AnnotationQuestionRepository questions;
    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final WorkBriefs briefs;
    private final ProjectAccess access;
    private final Clock clock;

    AssignmentService(
            AnnotationProjectRepository projects,
            AnnotationItemRepository items,
            AnnotationQuestionRepository questions,
            AssignmentRepository assignments,
            AnswerRepository answers,
            WorkBriefs briefs,
            ProjectAccess access,
            Clock clock) {
        this.projects = projects;
        this.items = items;
        this.questions = questions;
        this.assignments = assignments;
        this.answers = answers;
        this.briefs = briefs;
        this.access = access;
        this.clock = clock;
    }

    /** The projects the signed-in annotator was invited to. */
    @Transactional(readOnly = true)
    public List<WorkBrief> myProjects() {
        return projects.findForMember(access.me()).stream()
                .map(p -> briefs.brief(p, access.membership(p.getId())))
                .toList();
    }

    /** One project the signed-in annotator works on. */
    @Transactional(readOnly = true)
    public Optional<WorkBrief> brief(long projectId) {
        try {
            AnnotationMember member = access.membership(projectId);
            return projects.findById(projectId).map(p -> briefs.brief(p, member));
        } catch (ProjectNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Answers the comprehension checks (check code → answer). */
    @Transactional
    public CheckOutcome answerChecks(long projectId, Map<String, String> given) {
        AnnotationMember member = access.membership(projectId);
        if (member.isScreenedOut()) {
            return CheckOutcome.SCREENED_OUT;
        }
        CheckOutcome outcome = CheckOutcome.PASSED;
        for (AnnotationQuestion q : questions.findByProjectIdAndComprehensionOrderByPosition(projectId, true)) {
            QuestionSpec spec = q.toSpec();
            if (!spec.correctAnswer().equals(given.get(spec.code()))) {
                if (spec.screenOut()) {
                    member.screenOut();
                    return CheckOutcome.SCREENED_OUT;
                }
                outcome = CheckOutcome.TRY_AGAIN;
            }
        }
        if (outcome == CheckOutcome.PASSED) {
            member.passChecks();
        }
        return outcome;
    }

    /**
     * The item the annotator holds, or a new one: the least-covered item they never had, if any is left under
     * k and under their cap. Holds older than the timeout are taken back first.
     */
    @Transactional
    public Optional<WorkItem> next(long projectId) {
        AnnotationProject project = lock(projectId);
        long me = access.me();
        Instant now = clock.instant();
        assignments.expireHolds(projectId, now.minusSeconds(project.getHoldTimeoutSeconds()));
        AnnotationMember member = access.membership(projectId);
        if (!briefs.mayWork(member)) {
            return Optional.empty();
        }
        Optional<Assignment> held =
                assignments.findFirstByProjectIdAndWorkerIdAndStatus(projectId, me, AssignmentStatus.HELD);
        if (held.isPresent()) {
            return Optional.of(toWorkItem(project, held.get()));
        }
        Integer cap = project.getWorkerCap();
        if (cap != null && assignments.countByProjectIdAndWorkerIdAndStatusIn(projectId, me, COUNTED) >= cap) {
            return Optional.empty();
        }
        List<Long> pick = items.pickLeastCovered(projectId, me, project.getJudgementsPerItem());
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        Assignment created = assignments.saveAndFlush(new Assignment(projectId, pick.getFirst(), me, now));
        return Optional.of(toWorkItem(project, created));
    }

    /**
     * Stores the answers (question code → answer) to a held item. Every question must be answered.
     *
     * @throws IllegalArgumentException if an answer does not fit, or the item is no longer held
     */
    @Transactional
    public void submit(long projectId, long assignmentId, Map<String, String> given) {
        lock(projectId);
        Assignment assignment = assignments
                .findById(assignmentId)
                .filter(a -> a.getProjectId() == projectId && a.getWorkerId() == access.me())
                .orElseThrow(() -> new ProjectNotFoundException(projectId));
        if (assignment.getStatus() != AssignmentStatus.HELD) {
            throw new IllegalArgumentException(
                    assignment.getStatus() == AssignmentStatus.DONE
                            ? "This item was answered already"
                            : "This item was held too long and went back to the pool");
        }
        List<AnnotationQuestion> asked = questions.findByProjectIdAndComprehensionOrderByPosition(projectId, false);
        Map<Long, String> stored = new LinkedHashMap<>();
        for (AnnotationQuestion q : asked) {
            stored.put(q.getId(), q.toSpec().normalise(given.get(q.getCode())));
        }
        stored.forEach((questionId, value) -> answers.save(new Answer(assignmentId, questionId, value)));
        assignment.complete(clock.instant());
    }

    private AnnotationProject lock(long projectId) {
        return projects.lockById(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    private WorkItem toWorkItem(AnnotationProject project, Assignment assignment) {
        AnnotationItem item = items.findById(assignment.getItemId()).orElseThrow();
        SequencedMap<String, String> meta = MetadataJson.read(item.getMetadata());
        // gold answers stay with the researcher
        meta.keySet().removeIf(k -> k.startsWith(ItemImportService.GOLD_PREFIX));
        return new WorkItem(
                assignment.getId(),
                item.getItemKey(),
                item.getContext(),
                item.getOptionA(),
                item.getOptionB(),
                meta,
                briefs.progress(project, assignment.getWorkerId()));
    }
}
