package org.moralbase.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Supplier;
import org.moralbase.annotation.domain.AnnotationAnswer;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.annotation.domain.AnnotationProjectRepository;
import org.moralbase.annotation.domain.AnnotationQuestion;
import org.moralbase.annotation.domain.AnnotationQuestionRepository;
import org.moralbase.annotation.domain.AnswerRepository;
import org.moralbase.annotation.domain.Assignment;
import org.moralbase.annotation.domain.AssignmentRepository;
import org.moralbase.annotation.domain.AssignmentStatus;
import org.springframework.stereotype.Component;

/**
 * The assignment rules, for any worker (an invited annotator or a crowd worker): callers run these in their
 * transaction. {@link #next} and {@link #submit} take the project row's write lock as their first statement and
 * only then look the worker up (docs/decisions/0005-annotation-assignment.md).
 */
@Component
class WorkFlow {

    private static final List<AssignmentStatus> COUNTED = List.of(AssignmentStatus.HELD, AssignmentStatus.DONE);

    private final AnnotationProjectRepository projects;
    private final AnnotationItemRepository items;
    private final AnnotationQuestionRepository questions;
    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final WorkBriefs briefs;
    private final Clock clock;

    WorkFlow(
            AnnotationProjectRepository projects,
            AnnotationItemRepository items,
            AnnotationQuestionRepository questions,
            AssignmentRepository assignments,
            AnswerRepository answers,
            WorkBriefs briefs,
            Clock clock) {
        this.projects = projects;
        this.items = items;
        this.questions = questions;
        this.assignments = assignments;
        this.answers = answers;
        this.briefs = briefs;
        this.clock = clock;
    }

    CheckOutcome answerChecks(AnnotationMember member, Map<String, String> given) {
        if (member.isScreenedOut()) {
            return CheckOutcome.SCREENED_OUT;
        }
        CheckOutcome outcome = CheckOutcome.PASSED;
        for (AnnotationQuestion q :
                questions.findByProjectIdAndComprehensionOrderByPosition(member.getProjectId(), true)) {
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

    Optional<WorkItem> next(long projectId, Supplier<AnnotationMember> worker) {
        AnnotationProject project = lock(projectId);
        Instant now = clock.instant();
        assignments.expireHolds(projectId, now.minusSeconds(project.getHoldTimeoutSeconds()));
        AnnotationMember member = worker.get();
        if (member.getProjectId() != projectId) {
            throw new ProjectNotFoundException(projectId);
        }
        long me = member.getId();
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

    void submit(long projectId, Supplier<AnnotationMember> worker, long assignmentId, Map<String, String> given) {
        lock(projectId);
        long me = worker.get().getId();
        Assignment assignment = assignments
                .findById(assignmentId)
                .filter(a -> a.getProjectId() == projectId && a.getWorkerId() == me)
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
        stored.forEach((questionId, value) -> answers.save(new AnnotationAnswer(assignmentId, questionId, value)));
        assignment.complete(clock.instant());
    }

    private AnnotationProject lock(long projectId) {
        return projects.lockById(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    private WorkItem toWorkItem(AnnotationProject project, Assignment assignment) {
        AnnotationItem item = items.findById(assignment.getItemId()).orElseThrow();
        // only what the researcher chose to show; gold answers and, by default, the dataset's labels stay hidden
        SequencedMap<String, String> meta = MetadataShown.of(project.getMetadataShown(), project.getMetadataFields())
                .apply(MetadataJson.read(item.getMetadata()));
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
