package org.moralbase.api.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.moralbase.security.LoginAttempts;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds {@code POST /api/v1/tokens} to the login page's throttle ({@link LoginAttempts#retryAfter}): while the
 * username and client address must wait, the try is refused with 429 and {@code Retry-After} before the password is
 * checked, and audited as throttled. Failures themselves are counted by the authentication events, as for the page.
 */
class TokenIssueThrottle extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    TokenIssueThrottle(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = basicUsername(request.getHeader("Authorization"));
        Duration wait = username == null ? Duration.ZERO : attempts.retryAfter(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        attempts.throttled(username, request.getRemoteAddr());
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", Long.toString(seconds));
        Problems.write(
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed logins for this account: try again in " + seconds + " s.");
    }

    /** The username of an HTTP Basic header, or null when there is none or it cannot be read. */
    static String basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
