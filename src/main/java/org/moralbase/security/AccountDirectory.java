package org.moralbase.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.moralbase.base.Roles;
import org.moralbase.security.domain.UserAccount;
import org.moralbase.security.domain.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of accounts for other features (owners' names, sharing). */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** An enabled account with the RESEARCHER or ADMIN role, by username. */
    public Optional<AccountRef> findResearcher(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .filter(UserAccount::isEnabled)
                .filter(a ->
                        a.getRoles().contains(Roles.RESEARCHER) || a.getRoles().contains(Roles.ADMIN))
                .map(AccountDirectory::toRef);
    }

    /** An enabled account with the ANNOTATOR role, by username (for inviting annotators to a project). */
    public Optional<AccountRef> findAnnotator(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getRoles().contains(Roles.ANNOTATOR))
                .map(AccountDirectory::toRef);
    }

    /**
     * Why no enabled account with one of these roles is called {@code username}, in the words a refusal uses: "no
     * user named 'rita'", "rita's account is disabled; an admin can enable it on the Users page" or "rita exists but
     * does not have the Annotator role; an admin can give it on the Users page". Empty when there is such an account.
     *
     * @param roles the roles that would do ({@link Roles}); the first one is the one named
     */
    public Optional<String> whyNot(String username, String... roles) {
        String name = username == null ? "" : username.trim().toLowerCase();
        Optional<UserAccount> found = accounts.findByUsername(name);
        if (found.isEmpty()) {
            return Optional.of("no user named '" + name + "'");
        }
        UserAccount account = found.get();
        if (!account.isEnabled()) {
            return Optional.of(name + "'s account is disabled; an admin can enable it on the Users page");
        }
        for (String role : roles) {
            if (account.getRoles().contains(role)) {
                return Optional.empty();
            }
        }
        return Optional.of(name + " exists but does not have the " + Roles.label(roles[0])
                + " role; an admin can give it on the Users page");
    }

    /**
     * The researcher (or admin) to share a study or model with, by username; refused with the reason, on the form's
     * "Share with" field.
     */
    public AccountRef shareTarget(String username) {
        return findResearcher(username)
                .orElseThrow(() -> new IllegalArgumentException("Share with: "
                        + whyNot(username, Roles.RESEARCHER, Roles.ADMIN)
                                .orElse("no researcher named '" + username + "'")));
    }

    /** An account's username, or "account <id>" when it is gone (for an audit line). */
    public String usernameOf(long id) {
        return Optional.ofNullable(byIds(java.util.Set.of(id)).get(id))
                .map(AccountRef::username)
                .orElse("account " + id);
    }

    /** Enabled researchers, for a "share with" choice. */
    public List<AccountRef> researchers() {
        return accounts.findEnabledWithRole(Roles.RESEARCHER).stream()
                .map(AccountDirectory::toRef)
                .toList();
    }

    /** Accounts by id. */
    public Map<Long, AccountRef> byIds(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .map(AccountDirectory::toRef)
                .collect(Collectors.toMap(AccountRef::id, Function.identity()));
    }

    private static AccountRef toRef(UserAccount a) {
        return new AccountRef(a.getId(), a.getUsername(), a.getDisplayName());
    }
}
