package org.moralbase.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.Sealer;
import org.moralbase.security.domain.UserAccount;
import org.moralbase.security.domain.UserAccountRepository;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The optional TOTP second factor (issue 17, item 4; decision 0035): any account enrols itself by entering a current
 * code of the secret it was shown; the secret is stored sealed under {@code MORALBASE_SECRET_KEY} ({@link Sealer}), so
 * without a master key enrolment is refused. Ten one-time recovery codes are shown once and kept as hashes. A code is
 * accepted once (the last accepted step is kept); wrong codes count in the login throttle ({@link LoginAttempts}). An
 * admin removes another account's second factor, which ends its sessions.
 */
@Service
public class TwoFactorService {

    /** Recovery codes made at enrolment. */
    public static final int RECOVERY_CODES = 10;

    private static final String TARGET = "user";
    private static final String WHAT = "second-factor secret";
    private static final String ISSUER = "Moralbase";

    /** A secret being enrolled: shown as Base32 text (grouped) and as an {@code otpauth://} address. */
    public record Enrolment(String secret, String grouped, String uri) {}

    /** The signed-in account's second factor: whether it has one, recovery codes left, why it cannot enrol. */
    public record Status(boolean enrolled, int recoveryCodesLeft, Optional<String> cannotEnrol) {}

    /** A code's check: accepted, or refused (with how long to wait when the throttle refused it unchecked). */
    public record CodeCheck(boolean accepted, Duration retryAfter) {

        static CodeCheck refused() {
            return new CodeCheck(false, Duration.ZERO);
        }
    }

    private final UserAccountRepository accounts;
    private final Environment environment;
    private final Clock clock;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(
            UserAccountRepository accounts,
            Environment environment,
            Clock clock,
            AuditService audit,
            CurrentUser currentUser,
            AccountSessions sessions,
            LoginAttempts attempts,
            PasswordEncoder encoder) {
        this.accounts = accounts;
        this.environment = environment;
        this.clock = clock;
        this.audit = audit;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.attempts = attempts;
        this.encoder = encoder;
    }

    /** Whether the account has a second factor (a password alone does not sign it in). */
    @Transactional(readOnly = true)
    public boolean isEnrolled(long accountId) {
        return accounts.findById(accountId).map(a -> a.getTotpSecret() != null).orElse(false);
    }

    /** The signed-in account's second factor. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Status own() {
        UserAccount account = find(currentUser.requireId());
        boolean enrolled = account.getTotpSecret() != null;
        return new Status(
                enrolled,
                enrolled ? accounts.countRecoveryCodes(account.getId()) : 0,
                Sealer.problem(environment.getProperty(Sealer.MASTER_KEY_VARIABLE))
                        .map(p -> "Two-factor sign-in cannot be turned on: " + p + ". Ask the server's operator."));
    }

    /** A new secret for the signed-in account; nothing is stored until {@link #confirm} gets a current code of it. */
    @PreAuthorize("isAuthenticated()")
    public Enrolment start() {
        sealer(); // refuses at once without a usable master key
        String username = currentUser.username().orElseThrow();
        String secret = Totp.base32(Totp.newSecret(random));
        String label = ISSUER + ":" + username;
        String uri = "otpauth://totp/"
                + java.net.URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
                + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period="
                + Totp.STEP_SECONDS;
        return new Enrolment(secret, Totp.grouped(secret), uri);
    }

    /**
     * Turns the second factor on with a secret from {@link #start} once a current code of it is entered.
     *
     * @return the ten recovery codes, shown this once
     * @throws IllegalArgumentException naming the field ("Code: …") when the code does not match
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirm(String secret, String code) {
        UserAccount account = find(currentUser.requireId());
        long step = Totp.matchingStep(Totp.fromBase32(secret), code, currentStep());
        if (step < 0) {
            throw new IllegalArgumentException(
                    "Code: not the current code of this secret; check the app's clock and enter the code it shows now");
        }
        List<String> codes = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = Totp.grouped(Totp.base32(Totp.newSecret(random)).substring(0, 16))
                    .replace(' ', '-');
            codes.add(recovery);
            hashes.add(hash(account.getId(), recovery));
        }
        account.setSecondFactor(sealer().seal(secret), step, hashes);
        audit.record(AuditAction.TWO_FACTOR_ENROLLED, TARGET, account.getId(), account.getUsername());
        return codes;
    }

    /** The signed-in account turns its second factor off, with its password. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeOwn(String password) {
        UserAccount account = find(currentUser.requireId());
        if (password == null || !encoder.matches(password, account.getPasswordHash())) {
            throw new IllegalArgumentException("Password: this is not your password");
        }
        account.setSecondFactor(null, null, Set.of());
        audit.record(AuditAction.TWO_FACTOR_REMOVED, TARGET, account.getId(), account.getUsername() + ": by itself");
    }

    /** An admin removes an account's second factor (a lost phone); the account's sessions end. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public void remove(long accountId) {
        UserAccount account = find(accountId);
        if (account.getTotpSecret() == null) {
            throw new IllegalArgumentException(account.getUsername() + " has no second factor");
        }
        account.setSecondFactor(null, null, Set.of());
        audit.record(AuditAction.TWO_FACTOR_REMOVED, TARGET, accountId, account.getUsername() + ": by an admin");
        if (currentUser.id().map(me -> me != accountId).orElse(true)) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessions.end(accountId);
                }
            });
        }
    }

    /**
     * Checks the second step of a login after a right password: a TOTP code not used before, or an unused recovery
     * code (used up by this). Held to the login throttle: while it says to wait the code is not checked; a wrong code
     * counts as a failed login; a right one finishes the login ({@link LoginAttempts#signedIn}).
     */
    @Transactional
    public CodeCheck check(long accountId, String code, String clientAddress) {
        Optional<UserAccount> found = accounts.findById(accountId);
        if (found.isEmpty() || found.get().getTotpSecret() == null) {
            return CodeCheck.refused();
        }
        UserAccount account = found.get();
        String username = account.getUsername();
        Duration wait = attempts.retryAfter(username, clientAddress);
        if (!wait.isZero()) {
            attempts.throttled(username, clientAddress);
            return new CodeCheck(false, wait);
        }
        if (totpAccepted(account, code) || recoveryAccepted(account, code)) {
            attempts.signedIn(username, clientAddress);
            return new CodeCheck(true, Duration.ZERO);
        }
        attempts.wrongCode(username, clientAddress);
        return CodeCheck.refused();
    }

    private boolean totpAccepted(UserAccount account, String code) {
        String secret;
        try {
            secret = sealer().open(account.getTotpSecret());
        } catch (IllegalStateException | IllegalArgumentException noKey) {
            return false; // the master key is gone or changed: recovery codes still work (decision 0035)
        }
        long step = Totp.matchingStep(Totp.fromBase32(secret), code, currentStep());
        return step >= 0 && accounts.acceptStep(account.getId(), step) == 1;
    }

    private boolean recoveryAccepted(UserAccount account, String code) {
        if (code == null || code.replaceAll("[\\s-]", "").length() != 16) {
            return false;
        }
        if (accounts.useRecoveryCode(account.getId(), hash(account.getId(), code)) != 1) {
            return false;
        }
        int left = accounts.countRecoveryCodes(account.getId());
        audit.recordAs(
                account.getUsername(),
                AuditAction.TWO_FACTOR_RECOVERY_USED,
                TARGET,
                account.getId(),
                account.getUsername() + ": " + left + " recovery codes left");
        return true;
    }

    private long currentStep() {
        return Totp.step(clock.instant().getEpochSecond());
    }

    private Sealer sealer() {
        String master = environment.getProperty(Sealer.MASTER_KEY_VARIABLE);
        Sealer.problem(master).ifPresent(p -> {
            throw new IllegalArgumentException("Two-factor sign-in cannot be turned on: " + p + ".");
        });
        return Sealer.fromBase64(master, WHAT);
    }

    // recovery codes are 80 random bits: a salted SHA-256 is enough (decision 0035); typed case and dashes ignored
    private static String hash(long accountId, String code) {
        String clean = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + clean).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No account with id " + id));
    }
}
