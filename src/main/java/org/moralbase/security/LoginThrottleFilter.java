package org.moralbase.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form login while {@link LoginAttempts#retryAfter} says to wait, before the password is checked, and sends
 * the browser back to the login page, which says how long ({@link LoginThrottledException}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPostTo(request, "/login");
    }

    /** Whether the request posts to this path of the app. */
    static boolean isPostTo(HttpServletRequest request, String path) {
        return "POST".equals(request.getMethod()) && (request.getContextPath() + path).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = String.valueOf(request.getParameter("username"));
        Duration wait = attempts.retryAfter(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        attempts.throttled(username, request.getRemoteAddr());
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException(wait));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
