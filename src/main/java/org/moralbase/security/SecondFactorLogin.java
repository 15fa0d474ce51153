package org.moralbase.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of a form login for an account with a second factor (decision 0035). After the right password,
 * {@link #afterPassword} takes the security context out of the session again and keeps a {@link PendingLogin}: no page
 * is open to the session until the code is posted to {@code /login/code} (the code page's form), which this filter
 * checks ({@link TwoFactorService#check}); a right code signs the session in under a new session id, a wrong one sends
 * it back to the code page. Accounts without a second factor go on as before.
 */
class SecondFactorLogin extends OncePerRequestFilter {

    private final TwoFactorService twoFactor;
    private final AccountAuthentication authentication;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorLogin(TwoFactorService twoFactor, AccountAuthentication authentication, Clock clock) {
        this.twoFactor = twoFactor;
        this.authentication = authentication;
        this.clock = clock;
    }

    /** Wraps the form login's success handler: accounts with a second factor go to the code page instead. */
    void afterPassword(AbstractAuthenticationProcessingFilter formLogin) {
        // the handler Vaadin's configurer set; Spring offers no public getter
        Field field = ReflectionUtils.findField(AbstractAuthenticationProcessingFilter.class, "successHandler");
        ReflectionUtils.makeAccessible(field);
        AuthenticationSuccessHandler next = (AuthenticationSuccessHandler) ReflectionUtils.getField(field, formLogin);
        formLogin.setAuthenticationSuccessHandler((request, response, auth) -> {
            if (!(auth.getPrincipal() instanceof AccountPrincipal p) || !twoFactor.isEnrolled(p.id())) {
                next.onAuthenticationSuccess(request, response, auth);
                return;
            }
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin(p.id(), p.username(), clock.instant()));
            response.sendRedirect(request.getContextPath() + "/login/code");
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LoginThrottleFilter.isPostTo(request, "/login/code");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : pending(session);
        if (pending == null) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        TwoFactorService.CodeCheck check =
                twoFactor.check(pending.accountId(), request.getParameter("code"), request.getRemoteAddr());
        if (!check.accepted()) {
            if (!check.retryAfter().isZero()) {
                session.setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException(check.retryAfter()));
            } else {
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            }
            response.sendRedirect(request.getContextPath() + "/login/code?error");
            return;
        }
        Optional<UsernamePasswordAuthenticationToken> signedIn = authentication.forAccount(pending.accountId());
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        if (signedIn.isEmpty()) { // disabled meanwhile
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication((Authentication) signedIn.get());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/");
    }

    /** The session's pending login, unless it is older than {@link PendingLogin#VALID} (then it is dropped). */
    private PendingLogin pending(HttpSession session) {
        if (!(session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin p)) {
            return null;
        }
        if (p.since().plus(PendingLogin.VALID).isBefore(clock.instant())) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
            return null;
        }
        return p;
    }
}
