package org.moralbase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.Sealer;
import org.moralbase.security.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17, item 4 (decision 0035), over real HTTP: an account with a TOTP second factor reaches no page and gets no
 * API token with its password alone; a right code does; a used code is refused; a recovery code works once; an admin
 * removing the factor ends the account's sessions.
 */
class TwoFactorIT extends IntegrationTest {

    private static boolean masterKeySetHere;

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AuditService audit;

    @Autowired
    UserAccountRepository accounts;

    @BeforeAll
    static void masterKey() {
        if (System.getenv(Sealer.MASTER_KEY_VARIABLE) == null
                && System.getProperty(Sealer.MASTER_KEY_VARIABLE) == null) {
            System.setProperty(Sealer.MASTER_KEY_VARIABLE, Sealer.newMasterKey());
            masterKeySetHere = true;
        }
    }

    @AfterAll
    static void clearMasterKey() {
        if (masterKeySetHere) {
            System.clearProperty(Sealer.MASTER_KEY_VARIABLE);
        }
    }

    /** A browser at one client address: its own cookies, redirects not followed. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        final String address;

        Browser(String address) {
            this.address = address;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String post(String path, String form) throws Exception {
            HttpResponse<String> posted = http.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(path + " response").isBetween(300, 399);
            return posted.headers().firstValue("Location").orElseThrow();
        }

        String password(String username) throws Exception {
            get("/login");
            return post("/login", "username=" + enc(username) + "&password=" + enc(TestLogins.PASSWORD));
        }

        String code(String code) throws Exception {
            return post("/login/code", "code=" + enc(code));
        }

        /** Whether an admin page opens (a session not signed in is sent to the login page). */
        boolean reachesUsersPage() throws Exception {
            HttpResponse<String> page = get("/admin/users");
            return page.statusCode() == 200;
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", address);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long now() {
        return Totp.step(Instant.now().getEpochSecond());
    }

    private static String code(TwoFactorService.Enrolment enrolment, long step) {
        return Totp.code(Totp.fromBase32(enrolment.secret()), step, Totp.DIGITS);
    }

    /** Enrols the account with a code of {@code step}; returns its recovery codes. */
    private List<String> enrol(String username, TwoFactorService.Enrolment[] out, long step) {
        return logins.asResult(username, () -> {
            out[0] = twoFactor.start();
            return twoFactor.confirm(out[0].secret(), code(out[0], step));
        });
    }

    @Test
    void thePasswordAloneOpensNoPageTheRightCodeDoesOnceAndARecoveryCodeWorksOnce() throws Exception {
        String admin = logins.createUser("tfa-admin", Roles.ADMIN);
        Browser before = new Browser("192.0.2.10");
        assertThat(before.password(admin)).doesNotContain("error").doesNotContain("/login/code");
        assertThat(before.reachesUsersPage()).isTrue();

        TwoFactorService.Enrolment[] enrolment = new TwoFactorService.Enrolment[1];
        long step = now();
        List<String> recovery = enrol(admin, enrolment, step);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(enrolment[0].uri()).startsWith("otpauth://totp/Moralbase%3A" + admin + "?secret=");
        assertThat(accounts.findByUsername(admin).orElseThrow().getTotpSecret())
                .startsWith("v1:")
                .doesNotContain(enrolment[0].secret());

        Browser browser = new Browser("192.0.2.11");
        assertThat(browser.password(admin)).endsWith("/login/code");
        assertThat(browser.reachesUsersPage()).as("password alone").isFalse();
        assertThat(browser.code("000000".equals(code(enrolment[0], step + 1)) ? "111111" : "000000"))
                .endsWith("/login/code?error");
        assertThat(browser.reachesUsersPage()).as("after a wrong code").isFalse();
        assertThat(browser.code(code(enrolment[0], step + 1))).doesNotContain("login");
        assertThat(browser.reachesUsersPage()).as("after the right code").isTrue();

        Browser replay = new Browser("192.0.2.12");
        assertThat(replay.password(admin)).endsWith("/login/code");
        assertThat(replay.code(code(enrolment[0], step + 1))).as("a used code").endsWith("/login/code?error");
        assertThat(replay.reachesUsersPage()).isFalse();

        Browser lostPhone = new Browser("192.0.2.13");
        assertThat(lostPhone.password(admin)).endsWith("/login/code");
        assertThat(lostPhone.code(recovery.get(3).toLowerCase())).doesNotContain("login");
        assertThat(lostPhone.reachesUsersPage()).isTrue();
        Browser again = new Browser("192.0.2.14");
        assertThat(again.password(admin)).endsWith("/login/code");
        assertThat(again.code(recovery.get(3))).as("a used recovery code").endsWith("/login/code?error");
        assertThat(again.reachesUsersPage()).isFalse();

        logins.asAdmin(() -> {
            assertThat(audit.list(AuditAction.TWO_FACTOR_ENROLLED, 0, 50))
                    .extracting(AuditEntry::detail)
                    .contains(admin);
            assertThat(audit.list(AuditAction.TWO_FACTOR_RECOVERY_USED, 0, 50))
                    .extracting(AuditEntry::detail)
                    .contains(admin + ": 9 recovery codes left");
            assertThat(audit.list(AuditAction.LOGIN_FAILED, 0, 50))
                    .extracting(AuditEntry::detail)
                    .contains(admin + ": wrong second-factor code");
        });

        // an admin removes it (a lost phone): the account's sessions end, and the password alone signs in again
        long id = accounts.findByUsername(admin).orElseThrow().getId();
        logins.asAdmin(() -> twoFactor.remove(id));
        assertThat(browser.reachesUsersPage())
                .as("a session of the account after the removal")
                .isFalse();
        Browser after = new Browser("192.0.2.15");
        assertThat(after.password(admin)).doesNotContain("error").doesNotContain("/login/code");
        logins.asAdmin(() -> assertThat(audit.list(AuditAction.TWO_FACTOR_REMOVED, 0, 50))
                .extracting(AuditEntry::detail)
                .contains(admin + ": by an admin"));
    }

    @Test
    void aTokenNeedsTheCodeToo() throws Exception {
        String researcher = logins.createUser("tfa-token", Roles.RESEARCHER);
        TwoFactorService.Enrolment[] enrolment = new TwoFactorService.Enrolment[1];
        long step = now();
        enrol(researcher, enrolment, step);

        assertThat(makeToken(researcher, null).statusCode()).as("no code").isEqualTo(401);
        assertThat(makeToken(researcher, null).body()).contains("code");
        HttpResponse<String> made = makeToken(researcher, code(enrolment[0], step + 1));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(makeToken(researcher, code(enrolment[0], step + 1)).statusCode())
                .as("a used code")
                .isEqualTo(401);
    }

    private HttpResponse<String> makeToken(String username, String code) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + TestLogins.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = "{\"name\":\"notebook\",\"days\":7" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", "192.0.2.20")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
