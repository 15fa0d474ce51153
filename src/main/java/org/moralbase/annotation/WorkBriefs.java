package org.moralbase.annotation;

import java.util.List;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.annotation.domain.AnnotationQuestion;
import org.moralbase.annotation.domain.AnnotationQuestionRepository;
import org.moralbase.annotation.domain.AssignmentRepository;
import org.moralbase.annotation.domain.AssignmentStatus;
import org.springframework.stereotype.Component;

/** Builds the annotator's view of a project and decides whether they may work. */
@Component
class WorkBriefs {

    private final AnnotationQuestionRepository questions;
    private final AnnotationItemRepository items;
    private final AssignmentRepository assignments;

    WorkBriefs(
            AnnotationQuestionRepository questions, AnnotationItemRepository items, AssignmentRepository assignments) {
        this.questions = questions;
        this.items = items;
        this.assignments = assignments;
    }

    WorkBrief brief(AnnotationProject p, AnnotationMember member) {
        List<AnnotationQuestion> all = questions.findByProjectIdOrderByPosition(p.getId());
        List<QuestionSpec> checks = all.stream()
                .filter(AnnotationQuestion::isComprehension)
                .map(AnnotationQuestion::toSpec)
                .map(c -> new QuestionSpec(
                        c.code(), c.kind(), c.prompt(), c.options(), false, null, null, "", "", null, false))
                .toList();
        return new WorkBrief(
                p.getId(),
                p.getTitle(),
                p.getInstructions(),
                p.getWorkedExample(),
                all.stream()
                        .filter(q -> !q.isComprehension())
                        .map(AnnotationQuestion::toSpec)
                        .toList(),
                checks,
                member.isChecksPassed() || checks.isEmpty(),
                member.isScreenedOut(),
                progress(p, member.getId()));
    }

    boolean mayWork(AnnotationMember member) {
        if (member.isScreenedOut() || member.isExcluded()) {
            return false;
        }
        return member.isChecksPassed()
                || questions
                        .findByProjectIdAndComprehensionOrderByPosition(member.getProjectId(), true)
                        .isEmpty();
    }

    WorkBrief.Progress progress(AnnotationProject p, long workerId) {
        return new WorkBrief.Progress(
                assignments.countByProjectIdAndWorkerIdAndStatusIn(p.getId(), workerId, List.of(AssignmentStatus.DONE)),
                p.getWorkerCap(),
                assignments.countByProjectIdAndStatus(p.getId(), AssignmentStatus.DONE),
                items.countByProjectId(p.getId()) * p.getJudgementsPerItem());
    }
}
