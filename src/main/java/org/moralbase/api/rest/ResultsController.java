package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.moralbase.study.ModelsBesidePeople;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final List<ModelsBesidePeople> comparisons;

    ResultsController(StudyService studies, StudyKinds kinds, List<ModelsBesidePeople> comparisons) {
        this.studies = studies;
        this.kinds = kinds;
        this.comparisons = comparisons;
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

    @GetMapping("/api/v1/studies/{id}/comparison")
    @Operation(
            summary = "Models beside people, as the comparison pages compute them. Moral Machine: each run's AMCEs and"
                    + " distance D, with the chart as SVG; runs (ids; default every finished run on the study) against"
                    + " baseline 'study' (its participants, default) or 'published' (Awad 2018). Choice pairs: each"
                    + " model's agreement and divergence, per item and model, and the runs' option-order balance."
                    + " Other kinds carry their models in …/results")
    StudyResults comparison(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> runs,
            @RequestParam(required = false, defaultValue = "study") String baseline) {
        StudySummary study = studies.find(id).orElseThrow(() -> new StudyNotFoundException(id));
        ModelsBesidePeople comparison = comparisons.stream()
                .filter(c -> c.kind().equals(study.kind()))
                .findFirst()
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("A study of this kind (" + kinds.label(study.kind())
                        + ") has no separate comparison: its results (…/results) carry the models beside the"
                        + " people"));
        return new StudyResults(id, study.kind(), comparison.compare(id, runs == null ? List.of() : runs, baseline));
    }
}
