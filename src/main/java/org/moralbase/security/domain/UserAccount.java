package org.moralbase.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.moralbase.base.domain.AbstractEntity;

/** A researcher's, annotator's or admin's account. The password is stored only as a hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(name = "username", nullable = false, length = 100, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Set for a generated first password: every page leads to the Password page until it is changed. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The TOTP secret sealed under the master key, or null without a second factor (decision 0035). */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    /** The last TOTP step whose code was accepted: a code is good once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** SHA-256 of each unused recovery code (with the account's id). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    private Set<String> roles = new LinkedHashSet<>();

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new LinkedHashSet<>(roles);
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public void setRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Counts a failed login; locks the account until {@code lockUntil} once {@code max} is reached. */
    public boolean recordFailedLogin(int max, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= max) {
            lockedUntil = lockUntil;
            failedLogins = 0;
            return true;
        }
        return false;
    }

    /** Clears failures and any lock (a successful login, or an admin unlocking). */
    public void clearFailures() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** True while a lock from repeated failures is in force. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    /** Sets (or with nulls and no codes, removes) the second factor. */
    public void setSecondFactor(String sealedSecret, Long lastStep, Set<String> recoveryHashes) {
        this.totpSecret = sealedSecret;
        this.totpLastStep = lastStep;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(recoveryHashes);
    }
}
