package org.moralbase.api.rest;

import org.moralbase.api.ApiTokenService;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.security.AccountAuthentication;
import org.moralbase.security.LoginAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * The API's own filter chains, before the Vaadin one (which stays as it is): stateless, no session, no CSRF (no
 * cookie authenticates an API request, so there is nothing to forge). {@code POST /api/v1/tokens} alone takes HTTP
 * Basic, through the same accounts, events and lock-out as the login page; everything else under {@code /api} takes a
 * bearer token (decision 0023). The OpenAPI description and its page are open.
 */
@Configuration
class ApiSecurity {

    /** Where the OpenAPI description and the browsable page live (application.properties, springdoc). */
    static final String[] OPEN = {
        "/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**"
    };

    /** The API's pages are JSON and springdoc's Swagger UI (its scripts are files; React sets inline styles). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiTokenIssue(HttpSecurity http, LoginAttempts attempts) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .addFilterBefore(
                        new TokenIssueThrottle(attempts),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()));
        return stateless(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokenService tokens,
            AccountAuthentication accounts,
            AuditService audit,
            @Value("${moralbase.api.requests-per-minute:120}") int perMinute,
            @Value("${spring.servlet.multipart.max-request-size:256MB}") DataSize maxRequest)
            throws Exception {
        // built here, not a bean: a Filter bean would also be registered for every request of the servlet container
        BearerTokenFilter bearer = new BearerTokenFilter(
                tokens, accounts, new RateLimiter(perMinute, System::nanoTime), audit, maxRequest.toBytes());
        http.securityMatcher("/api/**")
                // the role before anything else (the services check it again, with the owner): a request the role
                // may not make is a 403 whatever its body, never a 400 about a body it could not have sent
                .authorizeHttpRequests(auth -> auth.requestMatchers(OPEN)
                        .permitAll()
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**")
                        .authenticated()
                        .requestMatchers("/api/v1/annotation/work", "/api/v1/annotation/work/**")
                        .hasAnyRole(Roles.ANNOTATOR, Roles.ADMIN)
                        .anyRequest()
                        .hasAnyRole(Roles.RESEARCHER, Roles.ADMIN))
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(bearerEntryPoint()).accessDeniedHandler(deniedHandler()));
        return stateless(http).build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    }

    private static AuthenticationEntryPoint basicEntryPoint() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Moralbase API\"");
            String detail = failure instanceof LockedException
                    ? "The account is locked after too many failed attempts. Try again later, or ask an admin."
                    : failure instanceof DisabledException
                            ? "This account has been disabled. Ask an admin."
                            : "Send the account's username and password with HTTP Basic; these were not right.";
            Problems.write(response, HttpStatus.UNAUTHORIZED, detail);
        };
    }

    private static AuthenticationEntryPoint bearerEntryPoint() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            Problems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Send a personal access token as 'Authorization: Bearer <token>' (make one under Account > API"
                            + " tokens, or with POST /api/v1/tokens).");
        };
    }

    private static AccessDeniedHandler deniedHandler() {
        return (request, response, denied) ->
                Problems.write(response, HttpStatus.FORBIDDEN, "The token's account may not do this.");
    }
}
