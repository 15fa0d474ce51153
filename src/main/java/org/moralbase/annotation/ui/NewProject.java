package org.moralbase.annotation.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.moralbase.annotation.ProjectSettings;
import org.moralbase.annotation.ProjectTemplate;

/** What the new-project form asks (public: the form's binder builds it). */
public record NewProject(
        @NotBlank(message = ProjectSettings.TITLE) @Size(max = 200, message = ProjectSettings.TITLE)
        String title,

        @NotNull(message = "Template: choose a starting point")
        ProjectTemplate template) {}
