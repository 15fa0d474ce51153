package org.moralbase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

class AccountsIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    org.moralbase.study.StudyService studies;

    @Autowired
    AuthenticationConfiguration authConfig;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private void login(String username, String password) throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void aSessionOpenedBeforeTheAccountWasDisabledIsRefusedByTheServices() {
        String username = logins.createUser("dis", Roles.RESEARCHER);
        logins.signIn(username); // the session's copy says: enabled
        long id = currentUser.requireId();
        logins.signOut();
        logins.asAdmin(() -> accounts.setEnabled(id, false));

        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        enabledCopy(id, username),
                        null,
                        enabledCopy(id, username).getAuthorities()));

        assertThatThrownBy(() -> studies.create("After disabling", "MORAL_MACHINE"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .hasMessageContaining("disabled");
    }

    private static AccountPrincipal enabledCopy(long id, String username) {
        return new AccountPrincipal(id, username, "", java.util.List.of(Roles.RESEARCHER), true, false);
    }

    @Test
    void anAccountChangesItsOwnPasswordOnlyWithItsCurrentOne() throws Exception {
        String username = logins.createUser("chg", Roles.ANNOTATOR);
        logins.signIn(username);
        assertThatThrownBy(() -> accounts.changeOwnPassword("not it at all", "a brand new passphrase", null))
                .hasMessage("Current password: this is not your password");
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestLogins.PASSWORD, "short", null))
                .hasMessage(AccountService.PASSWORD_RULE);
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestLogins.PASSWORD, TestLogins.PASSWORD, null))
                .hasMessageStartingWith("New password:");

        accounts.changeOwnPassword(TestLogins.PASSWORD, "a brand new passphrase", null);
        logins.signOut();

        login(username, "a brand new passphrase");
        assertThatThrownBy(() -> login(username, TestLogins.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        logins.asAdmin(() -> assertThat(audit.list(AuditAction.USER_PASSWORD_CHANGED, 0, 50))
                .extracting(AuditEntry::detail)
                .contains(username));
    }

    @Test
    void aCreatedAccountLogsInWithItsPasswordAndTheHashIsNotThePassword() throws Exception {
        String name = logins.createUser("alice", Roles.RESEARCHER);
        login(name, TestLogins.PASSWORD);
        assertThatThrownBy(() -> login(name, "wrong password!!")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void wrongPasswordsNeverLockTheAccountItselfSoNobodyCanLockARealUserOut() throws Exception {
        String name = logins.createUser("mallory", Roles.RESEARCHER);
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> login(name, "guess " + Math.random())).isInstanceOf(BadCredentialsException.class);
        }
        login(name, TestLogins.PASSWORD); // throttling is per client address: LoginThrottleIT

        logins.asAdmin(() -> assertThat(accounts.list(0, 1000).stream()
                        .filter(u -> u.username().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .locked())
                .isFalse());
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String name = logins.createUser("bob", Roles.ANNOTATOR);
        logins.asAdmin(() -> {
            long id = accounts.list(0, 1000).stream()
                    .filter(u -> u.username().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .id();
            accounts.setEnabled(id, false);
        });
        assertThatThrownBy(() -> login(name, TestLogins.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void easyPasswordsAreRefusedLongOnesCountWholeAndOldHashesStillWork() throws Exception {
        String username = logins.createUser("strong", Roles.ANNOTATOR);
        logins.signIn(username);
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestLogins.PASSWORD, "aaaaaaaaaaaa", null))
                .hasMessageStartingWith("Password: too easy to guess")
                .hasMessageNotContaining("aaaaaaaaaaaa");
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestLogins.PASSWORD, "password1234", null))
                .hasMessageStartingWith("Password: too easy to guess");
        String first72 = "plum kettle orbit quietly, ".repeat(3).substring(0, 72);
        accounts.changeOwnPassword(TestLogins.PASSWORD, first72 + " and the rest counts too", null);
        logins.signOut();

        login(username, first72 + " and the rest counts too");
        assertThatThrownBy(() -> login(username, first72 + " but this tail differs!"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject(
                        "select password_hash from user_account where username = ?", String.class, username))
                .startsWith("{bcrypt-sha256}");

        // a hash written before pre-hashing (plain {bcrypt}) still logs in
        jdbc.update(
                "update user_account set password_hash = ? where username = ?",
                "{bcrypt}"
                        + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                                .encode("an older passphrase here"),
                username);
        login(username, "an older passphrase here");
    }

    @Test
    void badAccountInputIsRefusedWithTheFieldNamed() {
        logins.asAdmin(() -> {
            assertThatThrownBy(() ->
                            accounts.create(new NewUser("x", "X", "plum kettle orbit quietly", Set.of(Roles.ADMIN))))
                    .hasMessageStartingWith("Username:");
            assertThatThrownBy(() -> accounts.create(new NewUser("carol", "C", "short", Set.of(Roles.ADMIN))))
                    .hasMessageStartingWith("Password:");
            assertThatThrownBy(() ->
                            accounts.create(new NewUser("carol2", "C", "plum kettle orbit quietly", Set.of("ROOT"))))
                    .hasMessageStartingWith("Roles:");
            assertThatThrownBy(() -> accounts.create(
                            new NewUser("admin", "A", "plum kettle orbit quietly", Set.of(Roles.ADMIN))))
                    .hasMessageContaining("taken");
        });
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        String name = logins.createUser("dave", Roles.RESEARCHER);
        logins.signIn(name);
        assertThatThrownBy(() -> accounts.list(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.list(null, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theFirstAdminExistsAndAccountCreationIsAudited() {
        String name = logins.createUser("erin", Roles.RESEARCHER);
        // every account creation is there, however many other tests made accounts before this one
        logins.asAdmin(() -> assertThat(audit.list(AuditAction.USER_CREATED, 0, 100_000))
                .extracting(AuditEntry::detail)
                .anyMatch(d -> d.startsWith("admin [ADMIN]"))
                .anyMatch(d -> d.startsWith(name)));
    }
}
