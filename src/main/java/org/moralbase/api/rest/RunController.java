package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.RunAnswerExport;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Model runs through {@link ModelRunService}: start, progress, pause/resume/cancel, and every raw answer. */
@RestController
@RequestMapping("/api/v1/runs")
@Tag(name = "Runs")
class RunController {

    private final ModelRunService runs;
    private final RunAnswerExport export;

    RunController(ModelRunService runs, RunAnswerExport export) {
        this.runs = runs;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "Runs the account may see, newest first, each with its progress")
    List<RunSummary> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return runs.list(Math.max(offset, 0), Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One run with its progress")
    RunSummary get(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new ModelNotFoundException("run", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a run of a model on a study's items; an Idempotency-Key header makes a retried request"
                    + " return the run the first one started")
    RunSummary start(
            @RequestBody RunRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String requestKey) {
        return runs.start(request, requestKey);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Hold back new prompts (those in flight finish)")
    RunSummary pause(@PathVariable long id) {
        runs.pause(id);
        return get(id);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a paused run")
    RunSummary resume(@PathVariable long id) {
        runs.resume(id);
        return get(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a run")
    RunSummary cancel(@PathVariable long id) {
        runs.cancel(id);
        return get(id);
    }

    @GetMapping("/{id}/answers")
    @Operation(summary = "A page of the run's stored answers, raw and as read, in prompt order")
    List<RunAnswer> answers(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean invalidOnly,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "1000") int limit) {
        return runs.answers(id, invalidOnly, Math.max(offset, 0), Math.clamp(limit, 1, 10_000));
    }

    @GetMapping("/{id}/answers.csv")
    @Operation(summary = "Every prompt and raw answer of the run as CSV, streamed (columns in docs/formats.md)")
    void answersCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        get(id); // a run one may not see is 404 before anything is written
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("run-" + id + "-answers.csv")
                        .build()
                        .toString());
        export.write(id, response.getOutputStream());
    }
}
