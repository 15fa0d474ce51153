package org.moralbase.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.security.domain.UserAccount;
import org.moralbase.security.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin when no admin exists: with MORALBASE_ADMIN_PASSWORD if set, else with a generated
 * password printed once. There is no default password anywhere.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;
    private final String username;
    private final String configuredPassword;

    FirstAdmin(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            AuditService audit,
            Clock clock,
            @Value("${moralbase.admin.username:admin}") String username,
            @Value("${moralbase.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsWithRole(Roles.ADMIN)) {
            log.info("Log in with your admin account (the first admin was created on an earlier start).");
            return;
        }
        if (!configuredPassword.isEmpty() && configuredPassword.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("MORALBASE_ADMIN_PASSWORD must have at least "
                    + AccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        boolean generated = configuredPassword.isEmpty();
        String password = generated ? generate() : configuredPassword;
        UserAccount admin = accounts.save(new UserAccount(
                username, "Administrator", encoder.encode(password), Set.of(Roles.ADMIN), clock.instant()));
        audit.recordAs("system", AuditAction.USER_CREATED, "user", admin.getId(), username + " [ADMIN] (first start)");
        if (generated) {
            // the one secret ever printed: shown once, never stored in clear
            log.warn(
                    "\n\n  First start: created the admin account.\n    username: {}\n    password: {}\n"
                            + "  This password is shown only now. Set MORALBASE_ADMIN_PASSWORD to choose it instead.\n",
                    username,
                    password);
        } else {
            log.info(
                    "First start: created the admin account '{}' with the password from MORALBASE_ADMIN_PASSWORD.",
                    username);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
