package org.moralbase.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.moralbase.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Form login on the Vaadin login view; views are guarded by their annotations and services by
 * {@code @PreAuthorize}. Only the health endpoint is open besides the login and participant pages.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What Vaadin Flow needs (its docs, "Content Security Policy": inline and eval'd scripts, inline styles) and
     * nothing more: every other source is this server; no plug-ins, no framing, forms post here only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Browser features no page of Moralbase uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * The scenario pictures ({@code /pictures/**}): open, sessionless and cacheable, since an address names one
     * drawing forever (decision 0044). Spring Security's "no caching" headers would make each participant fetch every
     * picture again; SVG may not run scripts here.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pictures(HttpSecurity http) throws Exception {
        http.securityMatcher("/pictures/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(h -> h.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; style-src 'unsafe-inline'")));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${moralbase.security.content-security-policy:" + CONTENT_SECURITY_POLICY + "}") String policy,
            LoginAttempts attempts,
            TwoFactorService twoFactor,
            AccountAuthentication accounts,
            Clock clock)
            throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class);
        // the code step of a login with a second factor (decision 0035): before CSRF, as Vaadin's login post is
        SecondFactorLogin secondFactor = new SecondFactorLogin(twoFactor, accounts, clock);
        http.addFilterBefore(secondFactor, CsrfFilter.class);
        // the kinds' participant style sheets (@StyleSheet("kinds/…")) are not among Vaadin's public resources
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/kinds/*.css")
                        .permitAll());
        // nosniff, frame denial, no caching of pages and HSTS on HTTPS come with Spring Security's defaults
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                // before the page is written: Vaadin's page responses would otherwise leave without them
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after Vaadin's configurer, so that its login page is set before form login initialises (else Spring's
        // generated login page would be on); wraps the success handler Vaadin sets
        http.formLogin(
                form -> form.addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        secondFactor.afterPassword(filter);
                        return filter;
                    }
                }));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // new hashes: bcrypt of the SHA-256, so more than 72 bytes count; older {bcrypt} hashes still match
        return new DelegatingPasswordEncoder(
                PreHashedBcrypt.ID,
                java.util.Map.of(PreHashedBcrypt.ID, new PreHashedBcrypt(), "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
