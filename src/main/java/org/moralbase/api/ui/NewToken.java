package org.moralbase.api.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.moralbase.api.ApiTokenService;

/** A token as the form asks for it (public: the form's binder builds it). */
public record NewToken(
        @NotBlank(message = ApiTokenService.NAME_RULE) @Size(max = 100, message = ApiTokenService.NAME_RULE)
        String name,

        @NotNull(message = ApiTokenService.DAYS_RULE)
        @Min(value = 1, message = ApiTokenService.DAYS_RULE)
        @Max(value = ApiTokenService.MAX_DAYS, message = ApiTokenService.DAYS_RULE)
        Integer days) {}
