package org.moralbase.security;

import java.time.Clock;
import java.time.Duration;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.security.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account for a while after too many (guessing passwords then costs
 * minutes per handful of tries); audits every login and failure.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginAttempts(
            UserAccountRepository accounts,
            AuditService audit,
            Clock clock,
            @Value("${moralbase.security.max-failed-logins:5}") int maxFailures,
            @Value("${moralbase.security.lock-minutes:15}") long lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        Long id = accounts.findByUsername(username)
                .map(a -> {
                    a.clearFailures();
                    return a.getId();
                })
                .orElse(null);
        audit.recordAs(username, AuditAction.LOGIN, "user", id, username); // shown as "Signed in", "account <name>"
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String reason = event.getException().getClass().getSimpleName();
        audit.recordAs(AuditService.ANONYMOUS, AuditAction.LOGIN_FAILED, "user", null, username + ": " + reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.findByUsername(username).ifPresent(account -> {
                if (account.recordFailedLogin(maxFailures, clock.instant().plus(lock))) {
                    audit.recordAs(
                            AuditService.ANONYMOUS, AuditAction.ACCOUNT_LOCKED, "user", account.getId(), username);
                }
            });
        }
    }
}
