package org.moralbase.security;

import java.util.Optional;
import org.moralbase.base.Roles;
import org.moralbase.security.domain.UserAccount;
import org.moralbase.security.domain.UserAccountRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that check ownership. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in account's id, if an account is signed in. */
    public Optional<Long> id() {
        return principal().map(AccountPrincipal::id);
    }

    /**
     * The signed-in account's id, or an {@link IllegalStateException} for anonymous callers. The account's current
     * state is read, not the session's copy: a disabled account is refused even in a session opened before.
     */
    public long requireId() {
        long id = id().orElseThrow(() -> new IllegalStateException("No account is signed in"));
        if (!accounts.findById(id).map(UserAccount::isEnabled).orElse(false)) {
            throw new AccessDeniedException("This account is disabled; sign in again or ask an admin");
        }
        return id;
    }

    /** Whether the signed-in account must change its password before anything else (a generated first one). */
    public boolean mustChangePassword() {
        return id().flatMap(accounts::findById)
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    /** The signed-in account's username, if an account is signed in. */
    public Optional<String> username() {
        return principal().map(AccountPrincipal::username);
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
