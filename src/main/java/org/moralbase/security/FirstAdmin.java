package org.moralbase.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * password written to {@code <data folder>/initial-admin-password}, readable by its owner only; the log says where,
 * never what. There is no default password anywhere.
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
    private final Path dataDir;

    /** Where a generated first password is written, in the data folder. */
    static final String PASSWORD_FILE = "initial-admin-password";

    FirstAdmin(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            AuditService audit,
            Clock clock,
            @Value("${moralbase.admin.username:admin}") String username,
            @Value("${moralbase.admin.password:}") String configuredPassword,
            @Value("${moralbase.data-dir:./data}") String dataDir) {
        this.dataDir = Path.of(dataDir);
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
        UserAccount created = new UserAccount(
                username, "Administrator", encoder.encode(password), Set.of(Roles.ADMIN), clock.instant());
        created.setMustChangePassword(generated); // a password that sat in a file is changed at first login
        UserAccount admin = accounts.save(created);
        audit.recordAs("system", AuditAction.USER_CREATED, "user", admin.getId(), username + " [ADMIN] (first start)");
        if (generated) {
            // never in the log: in a file only its owner reads, which the admin deletes after changing the password
            Path file = dataDir.resolve(PASSWORD_FILE);
            writeOwnerOnly(file, password + "\n");
            log.warn(
                    "\n\n  First start: created the admin account '{}'.\n  Its password is in {} (readable by this"
                            + " user only).\n  Log in, change it on the Password page, then delete that file."
                            + " Set MORALBASE_ADMIN_PASSWORD to choose it instead.\n",
                    username,
                    file.toAbsolutePath());
        } else {
            log.info(
                    "First start: created the admin account '{}' with the password from MORALBASE_ADMIN_PASSWORD.",
                    username);
        }
    }

    private static void writeOwnerOnly(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot write the first admin's password to " + file + ": " + e.getMessage(), e);
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
