package org.moralbase.study.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;

/** What the new-study dialog asks (public: the form's binder builds it). */
public record NewStudy(
        @NotBlank(message = StudyService.TITLE_RULE) @Size(max = 200, message = StudyService.TITLE_RULE)
        String title,

        @NotNull(message = StudyService.KIND_RULE) StudyKind kind) {}
