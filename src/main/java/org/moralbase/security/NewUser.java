package org.moralbase.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an admin fills in to create an account; {@link AccountService#create} checks the same rules. */
public record NewUser(
        @NotBlank(message = AccountService.USERNAME_RULE)
        @Pattern(
                regexp = AccountService.USERNAME_PATTERN,
                flags = Pattern.Flag.CASE_INSENSITIVE,
                message = AccountService.USERNAME_RULE)
        String username,

        @Size(max = 200, message = AccountService.NAME_RULE) String displayName,

        @NotNull(message = AccountService.PASSWORD_RULE)
        @Size(min = AccountService.MIN_PASSWORD_LENGTH, message = AccountService.PASSWORD_RULE)
        String password,

        @NotEmpty(message = AccountService.ROLES_RULE) Set<String> roles) {

    @Override
    public String toString() {
        // a record's default toString would print the password
        return "NewUser[" + username + ", " + roles + "]";
    }
}
