package org.moralbase.annotation.ui;

import jakarta.validation.constraints.NotBlank;

/** Whom a project invites (public: the form's binder builds it). */
public record Invitation(
        @NotBlank(message = "Invite: an annotator's username")
        String username) {}
