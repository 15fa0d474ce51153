package org.moralbase.security;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Test helper: creates accounts and runs code as a given account, as a real login would. */
@Component
public class TestLogins {

    /** The password of every account this helper creates. */
    public static final String PASSWORD = "correct horse battery";

    private final UserDetailsService details;
    private final AccountService accounts;

    TestLogins(UserDetailsService details, AccountService accounts) {
        this.details = details;
        this.accounts = accounts;
    }

    /** Creates an account with a unique name (prefix + random suffix) and the given roles. */
    public String createUser(String prefix, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin(() -> accounts.create(new NewUser(username, prefix, PASSWORD, Set.of(roles))));
        return username;
    }

    /** Signs in as the named account for the current thread. */
    public void signIn(String username) {
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Runs an action as the first admin, then signs out. */
    public void asAdmin(Runnable action) {
        signIn("admin");
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs an action signed in as the named account, then signs out; returns what it returned. */
    public <T> T asResult(String username, java.util.function.Supplier<T> action) {
        signIn(username);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Signs out the current thread. */
    public void signOut() {
        SecurityContextHolder.clearContext();
    }
}
