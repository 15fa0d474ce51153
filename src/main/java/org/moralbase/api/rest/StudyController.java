package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** Studies through {@link StudyService}, with its rules: a study the token's owner may not see is 404. */
@RestController
@RequestMapping("/api/v1/studies")
@Tag(name = "Studies")
class StudyController {

    /** A new study: its title and kind (an id of a registered kind, e.g. "moral-machine"). */
    record NewStudyRequest(String title, String kind) {}

    private final StudyService studies;
    private final org.moralbase.study.StudyClosing closing;

    StudyController(StudyService studies, org.moralbase.study.StudyClosing closing) {
        this.studies = studies;
        this.closing = closing;
    }

    @GetMapping
    @Operation(summary = "The studies in use the account may see, newest first")
    List<StudySummary> list(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return studies.list(Math.max(offset, 0), Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One study")
    StudySummary get(@PathVariable long id) {
        return studies.find(id).orElseThrow(() -> new org.moralbase.study.StudyNotFoundException(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a draft study; an Idempotency-Key header makes a retried request return the study the"
                    + " first one made")
    StudySummary create(
            @RequestBody NewStudyRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String requestKey) {
        return studies.create(request.title(), request.kind(), requestKey);
    }

    @PutMapping(path = "/{id}/settings", consumes = "application/json")
    @Operation(summary = "Replace a draft study's settings (the JSON document its kind defines)")
    StudySummary settings(@PathVariable long id, @RequestBody String settingsJson) {
        return studies.updateSettings(id, settingsJson);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open the study to participants (refused, with the reasons, while they would find nothing)")
    StudySummary open(@PathVariable long id) {
        return studies.setStatus(id, StudyStatus.OPEN);
    }

    @PostMapping("/{id}/close")
    @Operation(
            summary = "Close the study: no new arrivals; sessions in progress may answer for graceMinutes more (the"
                    + " study's stored grace period when omitted, 60 by default), then none (decision 0034)")
    StudySummary close(@PathVariable long id, @RequestParam(required = false) Integer graceMinutes) {
        return graceMinutes == null ? studies.setStatus(id, StudyStatus.CLOSED) : closing.close(id, graceMinutes);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a study that holds no answers (only its owner or an admin)")
    void delete(@PathVariable long id) {
        studies.delete(id);
    }
}
