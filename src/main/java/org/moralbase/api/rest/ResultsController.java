package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A study's results as its kind's results page computes them ({@code StudyKind#results}): a Moral Machine study's
 * live AMCEs (clustered by participant session, No. Characters by the largest stratum), a choice-pair study's shares
 * per item, a DVB study's DVGR report.
 */
@RestController
@Tag(name = "Results")
class ResultsController {

    /**
     * The kind's results.
     *
     * @param results the kind's own record (its fields in the OpenAPI description are the kind's)
     */
    record StudyResults(long studyId, String kind, Object results) {}

    private final StudyService studies;
    private final StudyKinds kinds;

    ResultsController(StudyService studies, StudyKinds kinds) {
        this.studies = studies;
        this.kinds = kinds;
    }

    @GetMapping("/api/v1/studies/{id}/results")
    @Operation(summary = "The study's results now: AMCEs (Moral Machine), shares per item (choice pairs), DVGR (DVB)")
    StudyResults results(@PathVariable long id) {
        StudySummary study = studies.find(id).orElseThrow(() -> new StudyNotFoundException(id));
        Object results = kinds.find(study.kind())
                .flatMap(k -> k.results(id))
                .orElseThrow(() -> new ApiExceptionHandler.NotFound(
                        "A study of this kind (" + kinds.label(study.kind()) + ") has no results to give"));
        return new StudyResults(id, study.kind(), results);
    }
}
