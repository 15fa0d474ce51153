package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyExports;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A study's downloads, the same files its pages offer (its kind's and those every study has), streamed: the kind's
 * writer writes straight to the response, so memory stays flat however large the file. The writer checks access and
 * audits the export as on the page.
 */
@RestController
@RequestMapping("/api/v1/studies/{id}/exports")
@Tag(name = "Exports")
class ExportController {

    /** A file a study offers, and where to fetch it. */
    record ExportLink(String name, String label, String fileName, String contentType, String href) {}

    private final StudyService studies;
    private final StudyKinds kinds;
    private final List<StudyExports> everyStudy;

    ExportController(StudyService studies, StudyKinds kinds, List<StudyExports> everyStudy) {
        this.studies = studies;
        this.kinds = kinds;
        this.everyStudy = everyStudy;
    }

    @GetMapping
    @Operation(summary = "The files this study offers")
    List<ExportLink> list(@PathVariable long id) {
        return exports(id).stream()
                .map(e -> new ExportLink(
                        e.name(),
                        e.label(),
                        e.fileName(),
                        e.contentType(),
                        "/api/v1/studies/" + id + "/exports/" + e.name()))
                .toList();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Download one file, streamed")
    void download(@PathVariable long id, @PathVariable String name, HttpServletResponse response) throws IOException {
        StudyExport export = exports(id).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("Study " + id + " offers no file '" + name + "'"));
        response.setContentType(
                export.contentType().startsWith("text/")
                        ? export.contentType() + ";charset=UTF-8"
                        : export.contentType());
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(export.fileName())
                        .build()
                        .toString());
        export.writer().write(response.getOutputStream());
    }

    private List<StudyExport> exports(long id) {
        StudySummary study = studies.find(id).orElseThrow(() -> new StudyNotFoundException(id));
        List<StudyExport> files =
                new ArrayList<>(kinds.find(study.kind()).map(k -> k.exports(id)).orElse(List.of()));
        everyStudy.forEach(source -> files.addAll(source.exports(study)));
        return files;
    }
}
