package org.moralbase.api.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.moralbase.api.ApiTokenService;
import org.moralbase.api.TokenUse;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.security.AccountAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in as the owner of its bearer token ({@code Authorization: Bearer mb_…}), takes it from the
 * token's rate limit, and audits every request that changes or exports data. A request without a token goes on
 * unauthenticated (the chain answers 401 where one is needed); an unknown, revoked or expired token, or one whose
 * owner is disabled, is answered 401 here.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final AccountAuthentication accounts;
    private final RateLimiter limits;
    private final AuditService audit;
    private final long maxRequestBytes;

    BearerTokenFilter(
            ApiTokenService tokens,
            AccountAuthentication accounts,
            RateLimiter limits,
            AuditService audit,
            long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
        this.tokens = tokens;
        this.accounts = accounts;
        this.limits = limits;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenUse> use = tokens.use(header.substring(BEARER.length()).strip());
        Optional<UsernamePasswordAuthenticationToken> signedIn = use.flatMap(u -> accounts.forAccount(u.ownerId()));
        if (signedIn.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    use.isEmpty() ? "The token is unknown, revoked or expired." : "The token's account is disabled.");
            return;
        }
        OptionalLong wait = limits.take(use.get().tokenId());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            Problems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests with this token; try again in " + wait.getAsLong() + " s.");
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            // answered before the body is read: a client that sent "Expect: 100-continue" (curl does) sends none of it
            Problems.write(
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "The file is larger than the limit of " + ImportLimits.size(maxRequestBytes)
                            + "; nothing was imported (the request has "
                            + ImportLimits.size(request.getContentLengthLong()) + ")");
            return;
        }
        UsernamePasswordAuthenticationToken authentication = signedIn.get();
        authentication.setDetails(use.get());
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            if (changesOrExports(request)) {
                audit.record(
                        AuditAction.API_REQUEST,
                        "api-token",
                        use.get().tokenId(),
                        request.getMethod() + " " + auditedPath(request.getRequestURI()) + " with token \""
                                + use.get().tokenName() + "\" -> " + response.getStatus());
            }
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
    }

    private static boolean changesOrExports(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method))
                || request.getRequestURI().contains("/exports/")
                || request.getRequestURI().contains("/answers")
                || request.getRequestURI().contains("/deliveries"); // webhook payloads name participants
    }

    /**
     * The path as the audit log keeps it: a participant named in it (an erasure may name one by PROLIFIC_PID or
     * workerId) is left out, so the log never holds the platform id an erasure is meant to forget (decision 0033).
     */
    static String auditedPath(String uri) {
        return uri.replaceAll("(/participants/)[^/]+", "$1…");
    }
}
