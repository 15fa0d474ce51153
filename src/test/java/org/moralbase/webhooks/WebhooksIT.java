package org.moralbase.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.api.ApiClient;
import org.moralbase.base.Roles;
import org.moralbase.models.TestMasterKey;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.TestParticipants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks (issue 13, decision 0040) over the REST API on MariaDB, with WireMock as the researcher's receiver: session
 * ends, the target and a model run's end reach it signed (checked here with the JDK's HMAC against the secret the
 * API showed once), a failed attempt is retried with the same webhook-id, a receiver that keeps failing ends FAILED
 * and is redelivered, erasing a participant erases their messages and dropped platform ids leave the log too;
 * another researcher sees none of it.
 */
class WebhooksIT extends IntegrationTest {

    static WireMockServer server;

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    TestParticipants prolific;

    @Autowired
    ParticipationService participation;

    @Autowired
    WebhookLogPruning pruning;

    @Autowired
    JdbcTemplate jdbc;

    static boolean masterKeySetHere;

    @BeforeAll
    static void startReceiver() {
        masterKeySetHere = TestMasterKey.setIfMissing();
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // the screen-out's first attempt gets a 500 (one message, so no race between parallel sends), all else 204
        server.stubFor(post(urlEqualTo("/hook/flaky"))
                .atPriority(5)
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/hook/flaky"))
                .atPriority(1)
                .withRequestBody(containing("session.screened_out"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("up"));
        server.stubFor(post(urlEqualTo("/hook/rotate")).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/hook/down"))
                .atPriority(5)
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi("Option A", "stop", 20, 2))));
    }

    @AfterAll
    static void stopReceiver() {
        server.stop();
        TestMasterKey.clear(masterKeySetHere);
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void sessionEndsAndTheTargetReachTheReceiverSignedOnceEachAfterARetry() throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = logins.createUser("wendy", Roles.RESEARCHER);
        String token = api.token(owner, TestLogins.PASSWORD);
        long study = api.study(token, "Told at once", "MORAL_MACHINE");
        logins.signIn(owner);
        studies.updateRecruitment(study, new RecruitmentSettings(Recruitment.PROLIFIC, 2, "DONE1", "OUT1"));
        studies.setStatus(study, StudyStatus.OPEN);
        logins.signOut();
        String path = "/api/v1/studies/" + study + "/webhooks";

        HttpResponse<String> ftp =
                api.post(token, path, "{\"url\":\"ftp://example.org/h\",\"events\":[\"session.completed\"]}");
        assertThat(ftp.statusCode()).isEqualTo(400);
        assertThat(ftp.body()).contains("URL: only http and https addresses are allowed");
        HttpResponse<String> unknown = api.post(
                token, path, "{\"url\":\"" + server.baseUrl() + "/hook/flaky\",\"events\":[\"session.nope\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Events: 'session.nope' is not an event type");
        HttpResponse<String> made = api.post(
                token,
                path,
                "{\"url\":\"" + server.baseUrl() + "/hook/flaky\",\"events\":[\"session.completed\","
                        + "\"session.screened_out\",\"study.target_reached\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long hook = ApiClient.json(made).get("id").asLong();
        String secret = ApiClient.json(made).get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get(token, path).body()).doesNotContain(secret).contains("/hook/flaky");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'WEBHOOK_CREATED' AND target_id = ?",
                        Integer.class,
                        Long.toString(study)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?",
                        Integer.class,
                        "%" + secret.substring(6, 20) + "%"))
                .isZero();
        String stranger = api.token(logins.createUser("mallory", Roles.RESEARCHER), TestLogins.PASSWORD);
        assertThat(api.get(stranger, path).statusCode()).isEqualTo(404);
        assertThat(api.get(stranger, path + "/" + hook + "/deliveries").statusCode())
                .isEqualTo(404);

        String out = prolific.startFromProlific(study, "5f0c00000000000000000a01");
        participation.finish(out, SessionStatus.SCREENED_OUT);
        String first = prolific.startFromProlific(study, "5f0c00000000000000000a02");
        participation.finish(first, SessionStatus.COMPLETED);
        participation.finish(first, SessionStatus.COMPLETED); // a repeat tells nothing
        String second = prolific.startFromProlific(study, "5f0c00000000000000000a03");
        participation.finish(second, SessionStatus.COMPLETED); // the target of 2 is reached

        JsonNode log = await(api, token, path + "/" + hook + "/deliveries", l -> l.size() == 4 && all(l, "delivered"));
        List<String> types = new ArrayList<>();
        log.forEach(d -> types.add(d.get("event").asString()));
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "session.screened_out", "session.completed", "session.completed", "study.target_reached");
        List<JsonNode> retried = new ArrayList<>(); // the receiver's first answer was a 500: that message went twice
        log.forEach(d -> {
            if (d.get("attempts").asInt() == 2) {
                retried.add(d);
            }
        });
        assertThat(retried).hasSize(1);
        assertThat(retried.getFirst().get("event").asString()).isEqualTo("session.screened_out");
        assertThat(retried.getFirst().get("lastHttpStatus").asInt()).isEqualTo(204);
        log.forEach(d -> assertThat(d.get("attempts").asInt()).isBetween(1, 2));

        List<LoggedRequest> received = server.findAll(postRequestedFor(urlEqualTo("/hook/flaky")));
        assertThat(received).hasSize(5);
        for (LoggedRequest r : received) {
            String body = r.getBodyAsString();
            String id = r.getHeader("webhook-id");
            long at = Long.parseLong(r.getHeader("webhook-timestamp"));
            assertThat(Math.abs(Instant.now().getEpochSecond() - at)).isLessThan(300);
            assertThat(MessageDigest.isEqual(
                            r.getHeader("webhook-signature").getBytes(StandardCharsets.UTF_8),
                            ("v1," + hmac(secret, id + "." + at + "." + body)).getBytes(StandardCharsets.UTF_8)))
                    .as("signature of %s", body)
                    .isTrue();
        }
        assertThat(received.stream().map(r -> r.getHeader("webhook-id")).distinct())
                .as("a retry keeps its message's webhook-id")
                .hasSize(4);
        assertThat(received.stream().filter(r -> r.getHeader("webhook-id")
                        .equals(retried.getFirst().get("messageId").asString())))
                .hasSize(2);
        JsonNode screened = ApiClient.JSON.readTree(
                find(log, "session.screened_out").get("payload").asString());
        assertThat(screened.get("type").asString()).isEqualTo("session.screened_out");
        assertThat(screened.get("data").get("external_id").asString()).isEqualTo("5f0c00000000000000000a01");
        assertThat(screened.get("data").get("source").asString()).isEqualTo("prolific");
        assertThat(screened.get("data").get("participant").asString())
                .isEqualTo(prolific.participantId(out))
                .isNotEqualTo(out); // the pseudonym, never the session's secret token
        JsonNode target = ApiClient.JSON.readTree(
                find(log, "study.target_reached").get("payload").asString());
        assertThat(target.get("data").get("target").asInt()).isEqualTo(2);
        assertThat(target.get("data").get("completed").asInt()).isEqualTo(2);

        // erasing a participant erases the messages about them
        HttpResponse<String> erased =
                api.send(api.request("/api/v1/studies/" + study + "/participants/" + "5f0c00000000000000000a02")
                        .header("Authorization", "Bearer " + token)
                        .DELETE());
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        JsonNode after = ApiClient.json(api.get(token, path + "/" + hook + "/deliveries"));
        assertThat(after.size()).isEqualTo(3);
        assertThat(after.toString()).doesNotContain("5f0c00000000000000000a02");

        // platform ids dropped by the retention (decision 0039) leave the log too
        jdbc.update(
                "UPDATE participant_session SET platform_ids_dropped_at = ? WHERE external_id = ?",
                java.sql.Timestamp.from(Instant.now()),
                "5f0c00000000000000000a01");
        assertThat(pruning.prune()).isEqualTo(1);
        JsonNode redacted = ApiClient.json(api.get(token, path + "/" + hook + "/deliveries"));
        assertThat(redacted.toString())
                .doesNotContain("5f0c00000000000000000a01")
                .contains("5f0c00000000000000000a03");
    }

    @Test
    void aFailingReceiverEndsFailedIsRedeliveredWithTheSameIdAndARunsEndIsTold() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = api.token(logins.createUser("walt", Roles.RESEARCHER), TestLogins.PASSWORD);
        long study = api.study(token, "Asked and told", "CHOICE_PAIR");
        assertThat(api.upload(
                                token,
                                "/api/v1/studies/" + study + "/items",
                                "file",
                                "pairs.csv",
                                "id,context,option_a,option_b\nk1,A wallet.,Hand it in,Keep it\nk2,A friend.,Help,No\n"
                                        .getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(200);
        String path = "/api/v1/studies/" + study + "/webhooks";
        HttpResponse<String> made =
                api.post(token, path, "{\"url\":\"" + server.baseUrl() + "/hook/down\",\"events\":[\"run.finished\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long hook = ApiClient.json(made).get("id").asLong();

        HttpResponse<String> test = api.send(api.request(path + "/" + hook + "/test")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(test.statusCode()).as(test.body()).isEqualTo(202);
        long delivery = ApiClient.json(test).get("id").asLong();
        JsonNode failed = await(api, token, path + "/" + hook + "/deliveries", l -> all(l, "failed"))
                .get(0);
        assertThat(failed.get("attempts").asInt()).isEqualTo(3); // the first and the two retries of the tests' schedule
        assertThat(failed.get("lastHttpStatus").asInt()).isEqualTo(503);
        assertThat(failed.get("lastError").asString()).isEqualTo("the receiver answered HTTP 503");
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/hook/down")))).hasSize(3);

        server.stubFor(post(urlEqualTo("/hook/rotate")).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/hook/down"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(200)));
        HttpResponse<String> again = api.send(api.request(path + "/deliveries/" + delivery + "/redeliver")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        await(api, token, path + "/" + hook + "/deliveries", l -> all(l, "delivered"));
        List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/hook/down")));
        assertThat(sent).hasSize(4);
        assertThat(sent.get(3).getHeader("webhook-id"))
                .isEqualTo(failed.get("messageId").asString());

        HttpResponse<String> model = api.post(
                token,
                "/api/v1/models",
                "{\"name\":\"webhook-run-model-" + study + "\",\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\""
                        + server.baseUrl() + "/v1\",\"modelId\":\"test-model\",\"reasoning\":false,"
                        + "\"timeoutSeconds\":30,\"keySource\":\"NONE\"}");
        assertThat(model.statusCode()).as(model.body()).isEqualTo(201);
        HttpResponse<String> run = api.post(
                token,
                "/api/v1/runs",
                "{\"modelId\":" + ApiClient.json(model).get("id").asLong() + ",\"studyId\":" + study
                        + ",\"samples\":1,\"concurrency\":2,\"seed\":7,\"bothOrders\":false,\"settings\":{}}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        long runId = ApiClient.json(run).get("id").asLong();
        JsonNode told = await(api, token, path + "/" + hook + "/deliveries", l -> l.size() == 2 && all(l, "delivered"));
        JsonNode body = ApiClient.JSON.readTree(
                find(told, "run.finished").get("payload").asString());
        assertThat(body.get("data").get("run_id").asLong()).isEqualTo(runId);
        assertThat(body.get("data").get("status").asString()).isEqualTo("finished");
        assertThat(body.get("data").get("model").asString()).isEqualTo("webhook-run-model-" + study);

        HttpResponse<String> removed = api.send(api.request(path + "/" + hook)
                .header("Authorization", "Bearer " + token)
                .DELETE());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(ApiClient.json(api.get(token, path)).size()).isZero();
        assertThat(api.get(token, path + "/" + hook + "/deliveries").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRotatedSecretSignsBesideThePreviousOneForADay() throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = logins.createUser("rosa", Roles.RESEARCHER);
        String token = api.token(owner, TestLogins.PASSWORD);
        long study = api.study(token, "Rotated", "MORAL_MACHINE");
        String path = "/api/v1/studies/" + study + "/webhooks";
        HttpResponse<String> made = api.post(
                token, path, "{\"url\":\"" + server.baseUrl() + "/hook/rotate\",\"events\":[\"run.finished\"]}");
        long hook = ApiClient.json(made).get("id").asLong();
        String before = ApiClient.json(made).get("secret").asString();
        HttpResponse<String> rotated = api.send(api.request(path + "/" + hook + "/secret")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String after = ApiClient.json(rotated).get("secret").asString();
        assertThat(after).startsWith("whsec_").isNotEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'WEBHOOK_SECRET_ROTATED' AND target_id = ?",
                        Integer.class,
                        Long.toString(study)))
                .isEqualTo(1);

        // within the grace period: the new secret's signature, then the previous one's, space-separated
        LoggedRequest both = sendTest(api, token, path, hook);
        String signed =
                both.getHeader("webhook-id") + "." + both.getHeader("webhook-timestamp") + "." + both.getBodyAsString();
        assertThat(both.getHeader("webhook-signature"))
                .isEqualTo("v1," + hmac(after, signed) + " v1," + hmac(before, signed));

        // after it: the new secret alone
        jdbc.update(
                "UPDATE webhook SET previous_until = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                hook);
        LoggedRequest one = sendTest(api, token, path, hook);
        String signedOne =
                one.getHeader("webhook-id") + "." + one.getHeader("webhook-timestamp") + "." + one.getBodyAsString();
        assertThat(one.getHeader("webhook-signature")).isEqualTo("v1," + hmac(after, signedOne));
    }

    /** Sends a test message and returns it as the receiver got it. */
    private static LoggedRequest sendTest(ApiClient api, String token, String path, long hook) throws Exception {
        HttpResponse<String> test = api.send(api.request(path + "/" + hook + "/test")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        String id = ApiClient.json(test).get("messageId").asString();
        await(api, token, path + "/" + hook + "/deliveries", l -> all(l, "delivered"));
        return server.findAll(postRequestedFor(urlEqualTo("/hook/rotate"))).stream()
                .filter(r -> id.equals(r.getHeader("webhook-id")))
                .findFirst()
                .orElseThrow();
    }

    /** Reads the log until {@code done} holds (at most 30 s). */
    private static JsonNode await(ApiClient api, String token, String path, Predicate<JsonNode> done) throws Exception {
        JsonNode log = null;
        for (int i = 0; i < 150; i++) {
            log = ApiClient.json(api.get(token, path));
            if (done.test(log)) {
                return log;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the delivery log did not get there: " + log);
    }

    private static boolean all(JsonNode log, String status) {
        if (log.isEmpty()) {
            return false;
        }
        for (JsonNode d : log) {
            if (!d.get("status").asString().equals(status)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode find(JsonNode log, String event) {
        for (JsonNode d : log) {
            if (d.get("event").asString().equals(event)) {
                return d;
            }
        }
        throw new AssertionError("no " + event + " in " + log);
    }

    /** The receiver's side of the check, as a Java receiver would write it. */
    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
