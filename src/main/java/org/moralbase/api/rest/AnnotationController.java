package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.moralbase.annotation.AnnotationExportService;
import org.moralbase.annotation.AnnotationProjectService;
import org.moralbase.annotation.ItemImportService;
import org.moralbase.annotation.MemberView;
import org.moralbase.annotation.ProjectNotFoundException;
import org.moralbase.annotation.ProjectSettings;
import org.moralbase.annotation.ProjectSummary;
import org.moralbase.annotation.ProjectTemplate;
import org.moralbase.annotation.QualityReport;
import org.moralbase.annotation.QualityService;
import org.moralbase.annotation.QuestionSpec;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dataimport.format.ItemsImported;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Annotation projects for their researchers, as the project pages manage them: settings, questions, annotators,
 * items from every dataset format, the quality report and the exports. Annotators work through
 * {@link AnnotationWorkController}.
 */
@RestController
@RequestMapping("/api/v1/annotation/projects")
@Tag(name = "Annotation projects")
class AnnotationController {

    /** A project to make. */
    record NewProject(String title, ProjectTemplate template) {}

    /** A question to add; {@code comprehension}: a check answered before work starts. */
    record NewQuestion(QuestionSpec question, Boolean comprehension) {}

    /** An annotator to invite. */
    record Invitation(String username) {}

    private final AnnotationProjectService projects;
    private final ItemImportService items;
    private final AnnotationExportService exports;
    private final QualityService quality;

    AnnotationController(
            AnnotationProjectService projects,
            ItemImportService items,
            AnnotationExportService exports,
            QualityService quality) {
        this.projects = projects;
        this.items = items;
        this.exports = exports;
        this.quality = quality;
    }

    @GetMapping
    @Operation(summary = "The annotation projects you may manage")
    List<ProjectSummary> list() {
        return projects.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a project: {title, template} (BLANK, DVB_DEPTH, DVB_PREDICT, DVB_IDENTIFY); an"
                    + " Idempotency-Key header makes a retried request return the first project")
    ProjectSummary create(
            @RequestBody NewProject wanted,
            @RequestHeader(name = "Idempotency-Key", required = false) String requestKey) {
        ProjectTemplate template = wanted.template() == null ? ProjectTemplate.BLANK : wanted.template();
        return projects.create(wanted.title(), template, requestKey);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project: settings, questions, checks, counts")
    ProjectSummary find(@PathVariable long id) {
        return projects.find(id).orElseThrow(() -> new ProjectNotFoundException(id));
    }

    @PutMapping("/{id}/settings")
    @Operation(
            summary = "Replace the settings: title, instructions, workedExample, judgementsPerItem, workerCap,"
                    + " holdTimeoutSeconds")
    ProjectSummary settings(@PathVariable long id, @RequestBody ProjectSettings settings) {
        return projects.update(id, settings);
    }

    @PostMapping("/{id}/questions")
    @Operation(summary = "Add a question (or, with comprehension true, a check): code, kind, prompt, options, …")
    ProjectSummary addQuestion(@PathVariable long id, @RequestBody NewQuestion wanted) {
        find(id); // another's project is not found, whatever the body
        if (wanted.question() == null) {
            throw new IllegalArgumentException("Question: send {\"question\": {code, kind, prompt, …}}");
        }
        return projects.addQuestion(id, wanted.question(), Boolean.TRUE.equals(wanted.comprehension()));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "The invited annotators and their progress")
    List<MemberView> members(@PathVariable long id) {
        return projects.members(id);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Invite an annotator by username")
    List<MemberView> invite(@PathVariable long id, @RequestBody Invitation invitation) {
        projects.invite(id, invitation.username());
        return projects.members(id);
    }

    @PostMapping(value = "/{id}/items", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import items (multipart 'file', optional 'extra' — DailyDilemmas' values.csv or DVB's"
                    + " examples — and optional 'format' id, else detected); every bad line is named and nothing"
                    + " is stored then")
    ItemsImported importItems(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "extra", required = false) MultipartFile extra,
            @RequestParam(required = false) String format)
            throws IOException {
        FormatChoice choice = format == null || format.isBlank()
                ? FormatChoice.DETECT
                : items.formatChoices().stream()
                        .filter(c -> format.equals(c.formatId()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Format: '" + format + "' is not one of "
                                + items.formatChoices().stream()
                                        .filter(c -> !c.detect())
                                        .map(FormatChoice::formatId)
                                        .toList()));
        return items.importItems(
                id, choice, Uploads.source(file, "file"), extra == null ? null : Uploads.source(extra, "extra"));
    }

    @GetMapping("/{id}/quality")
    @Operation(summary = "Agreement per question, items and annotators, as the quality page shows them")
    QualityReport quality(@PathVariable long id) {
        return quality.report(id);
    }

    @GetMapping(value = "/{id}/exports/{name}", produces = "text/csv")
    @Operation(summary = "An export: 'judgements' (one row per judgement) or 'dataset' (one row per item)")
    ResponseEntity<String> export(@PathVariable long id, @PathVariable String name) {
        String csv =
                switch (name) {
                    case "judgements" -> exports.judgementsCsv(id);
                    case "dataset" -> exports.datasetCsv(id);
                    default ->
                        throw new ApiExceptionHandler.NotFound(
                                "No export '" + name + "'; there are 'judgements' and 'dataset'");
                };
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"project-" + id + "-" + name + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv);
    }
}
