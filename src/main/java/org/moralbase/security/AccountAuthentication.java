package org.moralbase.security;

import java.util.List;
import java.util.Optional;
import org.moralbase.security.domain.UserAccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a request in as an account known by id, for credentials other than the login form (a personal access token
 * of the REST API, decision 0023). The account's current state is read on every call, so a disabled account is
 * refused at once; the authentication carries the same principal as a form login, so every service's access checks
 * ({@link CurrentUser}, {@code @PreAuthorize}) apply unchanged.
 */
@Component
public class AccountAuthentication {

    private final UserAccountRepository accounts;

    AccountAuthentication(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * An authenticated token for the account, or empty when it does not exist or is disabled. A lock from failed
     * password logins does not stop it: the lock guards against guessed passwords, and a token is not one.
     */
    @Transactional(readOnly = true)
    public Optional<UsernamePasswordAuthenticationToken> forAccount(long accountId) {
        return accounts.findById(accountId).filter(a -> a.isEnabled()).map(a -> {
            AccountPrincipal principal =
                    new AccountPrincipal(a.getId(), a.getUsername(), "", List.copyOf(a.getRoles()), true, false);
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        });
    }
}
