package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.moralbase.condition.Condition;
import org.moralbase.condition.ConditionImplications;
import org.moralbase.condition.ConditionInput;
import org.moralbase.condition.Implication;
import org.moralbase.condition.StudyConditions;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A study's between-subjects conditions (decision 0028) and which option each policy implies, as the Conditions page
 * edits them. A run started on the study asks every condition unless its settings name one ({@code condition}).
 */
@RestController
@RequestMapping("/api/v1/studies/{id}/conditions")
@Tag(name = "Conditions")
class ConditionController {

    /** Marks stored. */
    record MarksStored(long studyId, int marks) {}

    private final StudyConditions conditions;
    private final ConditionImplications marks;

    ConditionController(StudyConditions conditions, ConditionImplications marks) {
        this.conditions = conditions;
        this.marks = marks;
    }

    @GetMapping
    @Operation(summary = "The study's conditions in order")
    List<Condition> list(@PathVariable long id) {
        return conditions.list(id);
    }

    @PutMapping
    @Operation(
            summary = "Replace the conditions of a draft study: [{code, label, forPeople, forModels}] (an empty list"
                    + " for none); every problem is named by the condition's place and field")
    List<Condition> replace(@PathVariable long id, @RequestBody List<ConditionInput> wanted) {
        return conditions.replace(id, wanted == null ? List.of() : wanted);
    }

    @GetMapping("/marks")
    @Operation(summary = "Which option each condition's policy implies on each marked item")
    List<Implication> marks(@PathVariable long id) {
        return marks.list(id);
    }

    @PostMapping(value = "/marks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the marks with a CSV item,condition,implied (multipart part 'file')")
    MarksStored importMarks(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return new MarksStored(id, marks.importMarks(id, Uploads.source(file, "file")));
    }
}
