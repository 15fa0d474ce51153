package org.moralbase.security.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.moralbase.security.AccountService;

/** A password change as typed (public: the form's binder builds it). */
public record NewPassword(
        @NotBlank(message = "Current password: type it") String current,

        @NotBlank(message = AccountService.PASSWORD_RULE)
        @Size(min = AccountService.MIN_PASSWORD_LENGTH, message = AccountService.PASSWORD_RULE)
        String next,

        @NotBlank(message = "Repeat: type the new password again")
        String repeat) {}
