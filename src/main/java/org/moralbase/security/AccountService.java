package org.moralbase.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.security.domain.UserAccount;
import org.moralbase.security.domain.UserAccountRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The admin's account management: create, set roles, enable/disable, unlock, reset passwords. */
@Service
@PreAuthorize(Roles.HAS_ADMIN)
public class AccountService {

    /** Shortest password accepted for a new account or a reset. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** A username, once lower-cased (forms check it as typed, case aside). */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{2,99}";

    /** The rule for usernames, in the words forms and refusals use. */
    public static final String USERNAME_RULE =
            "Username: 3–100 characters, lower-case letters, digits, '.', '_', '-' or '@'";

    /** The rule for passwords. */
    public static final String PASSWORD_RULE = "Password: at least " + MIN_PASSWORD_LENGTH + " characters";

    /** The rule for display names. */
    public static final String NAME_RULE = "Name: at most 200 characters";

    /** The rule for roles. */
    public static final String ROLES_RULE = "Roles: choose at least one";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
    private static final String TARGET = "user";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountSessions sessions;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            AccountSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates an account; throws {@link IllegalArgumentException} naming the field that is wrong. */
    @Transactional
    public UserSummary create(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(USERNAME_RULE);
        }
        if (accounts.existsByUsername(username)) {
            throw new IllegalArgumentException("Username: '" + username + "' is taken");
        }
        checkPassword(user.password());
        Set<String> roles = checkRoles(user.roles());
        String name = user.displayName() == null || user.displayName().isBlank()
                ? username
                : user.displayName().trim();
        if (name.length() > 200) {
            throw new IllegalArgumentException(NAME_RULE);
        }
        UserAccount saved =
                accounts.save(new UserAccount(username, name, encoder.encode(user.password()), roles, clock.instant()));
        audit.record(AuditAction.USER_CREATED, TARGET, saved.getId(), username + " " + roles);
        return toSummary(saved);
    }

    /** Accounts by name, a page at a time. */
    @Transactional(readOnly = true)
    public List<UserSummary> list(int offset, int limit) {
        int size = Math.max(limit, 1);
        return accounts.findAllByOrderByUsername(PageRequest.of(offset / size, size)).stream()
                .map(this::toSummary)
                .toList();
    }

    /** Replaces an account's roles. An admin cannot take the ADMIN role from their own account. */
    @Transactional
    public UserSummary setRoles(long id, Set<String> roles) {
        UserAccount account = find(id);
        Set<String> checked = checkRoles(roles);
        if (isSelf(id) && !checked.contains(Roles.ADMIN)) {
            throw new IllegalArgumentException("Roles: you cannot take Administrator from your own account");
        }
        account.setRoles(checked);
        audit.record(AuditAction.USER_ROLES_CHANGED, TARGET, id, account.getUsername() + " " + checked);
        endSessions(id);
        return toSummary(account);
    }

    /** Enables or disables an account. An admin cannot disable their own account. */
    @Transactional
    public UserSummary setEnabled(long id, boolean enabled) {
        UserAccount account = find(id);
        if (isSelf(id) && !enabled) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        account.setEnabled(enabled);
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, TARGET, id, account.getUsername());
        if (!enabled) {
            endSessions(id);
        }
        return toSummary(account);
    }

    /** Lifts a lock from repeated failed logins. */
    @Transactional
    public UserSummary unlock(long id) {
        UserAccount account = find(id);
        account.clearFailures();
        audit.record(AuditAction.USER_UNLOCKED, TARGET, id, account.getUsername());
        return toSummary(account);
    }

    /** Sets a new password chosen by the admin. */
    @Transactional
    public void resetPassword(long id, String password) {
        checkPassword(password);
        UserAccount account = find(id);
        account.setPasswordHash(encoder.encode(password));
        account.clearFailures();
        audit.record(AuditAction.USER_PASSWORD_RESET, TARGET, id, account.getUsername());
        endSessions(id);
    }

    /**
     * After the change is committed, ends the account's open sessions (its next request is the login page), so a
     * disabled account, a role taken away or a reset password acts at once; not the admin's own session.
     */
    private void endSessions(long id) {
        if (isSelf(id)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessions.end(id);
                }
            });
        } else {
            sessions.end(id);
        }
    }

    /**
     * The signed-in account changes its own password: the current one must match, the new one follows the rule; every
     * other session of the account ends (a stolen session does not outlive the change), the one given stays.
     *
     * @param keepSessionId the HTTP session making the change, kept signed in (null: end them all)
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String current, String next, String keepSessionId) {
        UserAccount account = find(currentUser.requireId());
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throw new IllegalArgumentException("Current password: this is not your password");
        }
        checkPassword(next);
        if (next.equals(current)) {
            throw new IllegalArgumentException("New password: choose one you have not been using");
        }
        account.setPasswordHash(encoder.encode(next));
        account.setMustChangePassword(false);
        audit.record(AuditAction.USER_PASSWORD_CHANGED, TARGET, account.getId(), account.getUsername());
        long id = account.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.end(id, keepSessionId);
            }
        });
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No account with id " + id));
    }

    private boolean isSelf(long id) {
        return currentUser.id().map(me -> me == id).orElse(false);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(PASSWORD_RULE);
        }
        PasswordStrength.check(password);
    }

    private static Set<String> checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(ROLES_RULE);
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("Roles: unknown role '" + role + "'");
            }
        }
        return Set.copyOf(roles);
    }

    private UserSummary toSummary(UserAccount a) {
        return new UserSummary(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getRoles(),
                a.isEnabled(),
                a.isLockedAt(clock.instant()),
                a.getCreatedAt(),
                a.getTotpSecret() != null);
    }
}
