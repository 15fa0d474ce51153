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
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles failed logins per account and client address, per client address and per account across addresses
 * ({@link LoginThrottle}: back-off doubling up to {@code moralbase.security.lock-minutes}, across addresses up to
 * {@code moralbase.security.account-wait-seconds}); wrong second-factor codes count as failed logins. Audits every
 * login, failure and throttled try. The
 * account itself is never locked by failures, so nobody elsewhere can lock a real user out. Form login asks
 * {@link #retryAfter} through {@link LoginThrottleFilter}; any other way to log in must ask it too, and report its
 * outcome through {@link #onSuccess}/{@link #onFailure} (Spring's authentication events, with
 * {@code WebAuthenticationDetails} carrying the address).
 */
@Component
public class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final LoginThrottle throttle;

    LoginAttempts(
            UserAccountRepository accounts,
            AuditService audit,
            Clock clock,
            @Value("${moralbase.security.max-failed-logins:5}") int maxFailures,
            @Value("${moralbase.security.max-failed-logins-per-address:10}") int maxPerAddress,
            @Value("${moralbase.security.max-failed-logins-per-account:20}") int maxPerAccount,
            @Value("${moralbase.security.lock-minutes:15}") long lockMinutes,
            @Value("${moralbase.security.account-wait-seconds:60}") long accountWaitSeconds) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = new LoginThrottle(
                clock,
                maxFailures,
                maxPerAddress,
                maxPerAccount,
                Duration.ofMinutes(lockMinutes),
                Duration.ofSeconds(accountWaitSeconds));
    }

    /**
     * How long a try of this account from this client address must still wait (zero: go ahead). A caller that
     * gets more than zero refuses the try without checking the password and calls {@link #throttled}.
     */
    public Duration retryAfter(String username, String clientAddress) {
        return throttle.retryAfter(username, clientAddress);
    }

    /** Audits a try refused by {@link #retryAfter}. */
    @Transactional
    public void throttled(String username, String clientAddress) {
        audit.recordAs(
                AuditService.ANONYMOUS,
                AuditAction.LOGIN_FAILED,
                "user",
                null,
                username + ": throttled (" + clientAddress + ")");
    }

    /**
     * A right password: the login is done, unless the account has a second factor; then only its code
     * ({@link #signedIn}) counts as success.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        if (accounts.findByUsername(username)
                .map(a -> a.getTotpSecret() == null)
                .orElse(true)) {
            signedIn(username, address(event.getAuthentication()));
        }
    }

    /** A finished login (password, and code where the account has a second factor): audited, its failures forgotten. */
    @Transactional
    public void signedIn(String username, String clientAddress) {
        throttle.succeeded(username, clientAddress);
        Long id = accounts.findByUsername(username)
                .map(a -> {
                    a.clearFailures();
                    return a.getId();
                })
                .orElse(null);
        audit.recordAs(username, AuditAction.LOGIN, "user", id, username); // shown as "Signed in", "account <name>"
    }

    /** A wrong second-factor code after a right password: audited and counted like a wrong password. */
    @Transactional
    public void wrongCode(String username, String clientAddress) {
        audit.recordAs(
                AuditService.ANONYMOUS,
                AuditAction.LOGIN_FAILED,
                "user",
                null,
                username + ": wrong second-factor code");
        throttle.failed(username, clientAddress);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String reason = event.getException().getClass().getSimpleName();
        audit.recordAs(AuditService.ANONYMOUS, AuditAction.LOGIN_FAILED, "user", null, username + ": " + reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(username, address(event.getAuthentication()));
        }
    }

    // the form's and the token endpoint's details carry the client address (after the forwarded-header valve)
    /** The client address of an authentication's web details, or "unknown". */
    public static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
