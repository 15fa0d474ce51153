package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.study.ItemImport;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A draft study's items from the files its items page accepts (its kind's {@link ItemImport}), all or nothing; a bad
 * file is a problem detail listing every problem with its line and field.
 */
@RestController
@RequestMapping("/api/v1/studies/{id}/items")
@Tag(name = "Items")
class ItemImportController {

    /** What was stored. */
    record ItemsStored(long studyId, int items) {}

    private final StudyService studies;
    private final StudyKinds kinds;

    ItemImportController(StudyService studies, StudyKinds kinds) {
        this.studies = studies;
        this.kinds = kinds;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import items (multipart): a choice-pair study takes 'file' (and an optional 'format' id, else"
                    + " detected); a DVB study 'prompts' and optionally 'examples'")
    ItemsStored importItems(
            @PathVariable long id,
            @RequestParam Map<String, MultipartFile> files,
            @RequestParam(required = false) String format)
            throws IOException {
        StudySummary study = studies.find(id).orElseThrow(() -> new StudyNotFoundException(id));
        ItemImport items = kinds.find(study.kind())
                .flatMap(k -> k.itemImport())
                .orElseThrow(() -> new IllegalArgumentException("Items: a study of this kind ("
                        + kinds.label(study.kind()) + ") has no items to import; they follow from its settings"));
        String first = items.parts().getFirst();
        if (!files.containsKey(first)) {
            throw new IllegalArgumentException(
                    first + ": send the file as the multipart part '" + first + "' (parts: " + items.parts() + ")");
        }
        Map<String, DatasetSource> sources = new LinkedHashMap<>();
        for (String part : items.parts()) {
            MultipartFile file = files.get(part);
            if (file != null) {
                sources.put(part, Uploads.source(file, part));
            }
        }
        return new ItemsStored(id, items.importItems(id, sources, format));
    }
}
