package org.moralbase.security;

import java.util.Optional;
import org.moralbase.base.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that check ownership. */
@Component
public class CurrentUser {

    /** The signed-in account's id, if an account is signed in. */
    public Optional<Long> id() {
        return principal().map(AccountPrincipal::id);
    }

    /** The signed-in account's id, or an {@link IllegalStateException} for anonymous callers. */
    public long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("No account is signed in"));
    }

    /** True if the signed-in account has the ADMIN role. */
    public boolean isAdmin() {
        return principal().map(p -> p.roles().contains(Roles.ADMIN)).orElse(false);
    }

    private static Optional<AccountPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
