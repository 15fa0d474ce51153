package org.moralbase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17, item 8, over real HTTP: failed form logins are throttled per account and client address and per client
 * address and per account across addresses, before the password is checked; the real user at another address (or,
 * against a distributed guesser, at an address they signed in from before) still gets in. Client addresses come
 * from X-Forwarded-For, which the server trusts from loopback (its TLS proxy); no traffic goes to them.
 */
class LoginThrottleIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @Autowired
    AuditService audit;

    /** Posts the login form as a fresh browser at {@code address}; returns where it is sent next. */
    private String login(String address, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        browser.send(request("/login", address).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(
                request("/login", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("login response").isBetween(300, 399);
        return posted.headers().firstValue("Location").orElseThrow();
    }

    private HttpRequest.Builder request(String path, String address) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", address);
    }

    @Test
    void fiveWrongPasswordsThrottleThatAccountAtThatAddressButNotTheRealUserElsewhere() throws Exception {
        String name = logins.createUser("throttled", Roles.RESEARCHER);
        for (int i = 0; i < 5; i++) {
            assertThat(login("198.51.100.1", name, "guess number " + i)).endsWith("/login?error");
        }
        assertThat(login("198.51.100.1", name, TestLogins.PASSWORD)).endsWith("/login?error"); // waits first

        assertThat(login("198.51.100.2", name, TestLogins.PASSWORD)).doesNotContain("error");
        logins.asAdmin(() -> assertThat(audit.list(AuditAction.LOGIN_FAILED, 0, 50))
                .extracting(AuditEntry::detail)
                .contains(name + ": throttled (198.51.100.1)"));
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledForEveryAccount() throws Exception {
        String name = logins.createUser("sprayed", Roles.RESEARCHER);
        for (int i = 0; i < 10; i++) {
            assertThat(login("198.51.100.3", "nobody" + i, "guess number " + i)).endsWith("/login?error");
        }
        assertThat(login("198.51.100.3", name, TestLogins.PASSWORD)).endsWith("/login?error");
        assertThat(login("198.51.100.4", name, TestLogins.PASSWORD)).doesNotContain("error");
    }

    @Test
    void aGuesserAtManyAddressesIsThrottledOnThatAccountButTheUserAtAKnownAddressAndOtherAccountsGetIn()
            throws Exception {
        String name = logins.createUser("guessed", Roles.RESEARCHER);
        String other = logins.createUser("bystander", Roles.RESEARCHER);
        assertThat(login("203.0.113.200", name, TestLogins.PASSWORD)).doesNotContain("error"); // the user's own

        // 20 failures of one account, each from another address (per address and per account there: one each)
        for (int i = 0; i < 24; i++) {
            assertThat(login("203.0.113." + (10 + i), name, "guess number " + i))
                    .endsWith("/login?error");
        }
        assertThat(login("203.0.113.60", name, TestLogins.PASSWORD))
                .as("a new address")
                .endsWith("/login?error");
        assertThat(login("203.0.113.61", "nobody-guessed", "guess")).endsWith("/login?error"); // the same answer

        assertThat(login("203.0.113.62", other, TestLogins.PASSWORD))
                .as("another account")
                .doesNotContain("error");
        assertThat(login("203.0.113.200", name, TestLogins.PASSWORD))
                .as("the user at an address they signed in from")
                .doesNotContain("error");
        logins.asAdmin(() -> assertThat(audit.list(AuditAction.LOGIN_FAILED, 0, 100))
                .extracting(AuditEntry::detail)
                .contains(name + ": throttled (203.0.113.60)"));
    }
}
