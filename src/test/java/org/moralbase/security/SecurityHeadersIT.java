package org.moralbase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every response carries the security headers (OWASP ASVS 14.4), the session cookie is HttpOnly and SameSite and
 * never in a URL, and behind a TLS proxy (X-Forwarded-Proto from loopback) the cookie is Secure and HSTS is sent.
 */
class SecurityHeadersIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void aPageCarriesTheSecurityHeadersAndAnHttpOnlySameSiteCookie() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValue(SecurityConfig.PERMISSIONS_POLICY);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty(); // plain HTTP
        assertThat(cookie(login)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void aParticipantPageCarriesThemToo() throws Exception {
        HttpResponse<String> take = get("/take/nosuchcode");

        assertThat(take.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(take.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> login = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(cookie(login)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void theSessionIdIsNeverPutInAnAddress() throws Exception {
        HttpResponse<String> redirect = get("/studies"); // a guarded page: off to the login page

        assertThat(redirect.statusCode()).isBetween(300, 399);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location.toLowerCase()).doesNotContain("jsessionid"));
        assertThat(redirect.body().toLowerCase()).doesNotContain("jsessionid");
    }
}
