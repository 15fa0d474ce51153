package org.moralbase.security.ui;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.moralbase.security.AccountService;

/** An account's roles, as the roles dialog edits them (public: the form's binder builds it). */
public record RoleChoice(
        @NotEmpty(message = AccountService.ROLES_RULE) Set<String> roles) {}
