package org.moralbase.study.ui;

import jakarta.validation.constraints.NotBlank;

/** Whom a study is shared with (public: the form's binder builds it). */
public record ShareWith(
        @NotBlank(message = "Share with: a researcher's username")
        String username) {}
