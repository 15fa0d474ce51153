package org.moralbase.moralmachine.ui;

import jakarta.validation.constraints.Size;
import org.moralbase.study.StudyService;

/** The title an imported baseline study gets; empty names it after the file (public: the binder builds it). */
public record ImportTitle(
        @Size(max = 200, message = StudyService.TITLE_RULE) String title) {}
