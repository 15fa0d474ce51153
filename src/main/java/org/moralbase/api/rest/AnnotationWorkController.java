package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.moralbase.annotation.AssignmentService;
import org.moralbase.annotation.CheckOutcome;
import org.moralbase.annotation.ProjectNotFoundException;
import org.moralbase.annotation.WorkBrief;
import org.moralbase.annotation.WorkItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An annotator's work over the API, as the task page does it (for labelling tools and scripted pilots): the projects
 * they were invited to, the comprehension checks, the next held item, and its judgement.
 */
@RestController
@RequestMapping("/api/v1/annotation/work")
@Tag(name = "Annotation work")
class AnnotationWorkController {

    /** A judgement: the held item's assignment and an answer to every question (code → answer). */
    record NewJudgement(Long assignmentId, Map<String, String> answers) {}

    private final AssignmentService work;

    AnnotationWorkController(AssignmentService work) {
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "The projects you were invited to, with your progress")
    List<WorkBrief> projects() {
        return work.myProjects();
    }

    @GetMapping("/{projectId}")
    @Operation(summary = "One of your projects: instructions, worked example, questions, checks, progress")
    WorkBrief brief(@PathVariable long projectId) {
        return work.brief(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    @PostMapping("/{projectId}/checks")
    @Operation(summary = "Answer the comprehension checks (check code → answer): PASSED, RETRY or SCREENED_OUT")
    CheckOutcome checks(@PathVariable long projectId, @RequestBody Map<String, String> answers) {
        return work.answerChecks(projectId, answers == null ? Map.of() : answers);
    }

    @GetMapping("/{projectId}/next")
    @Operation(summary = "The item you hold, or a new one; 204 when there is none left for you")
    ResponseEntity<WorkItem> next(@PathVariable long projectId) {
        return work.next(projectId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent()
                .build());
    }

    @PostMapping("/{projectId}/judgements")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Judge the item you hold: {assignmentId, answers: {question code: answer}}")
    void judge(@PathVariable long projectId, @RequestBody NewJudgement judgement) {
        if (judgement.assignmentId() == null) {
            throw new IllegalArgumentException("assignmentId: the id of the item you hold (from …/next)");
        }
        work.submit(projectId, judgement.assignmentId(), judgement.answers() == null ? Map.of() : judgement.answers());
    }
}
