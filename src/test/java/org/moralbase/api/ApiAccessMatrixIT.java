package org.moralbase.api;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.models.TestMasterKey;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API's access matrix (issue 13): every operation the OpenAPI description lists — read from it, so a new endpoint
 * joins the matrix by itself — is called over HTTP without a token, with an annotator's token and with the token of a
 * researcher who is not the owner, on the owner's study, run, model, webhook, delivery, token and annotation project:
 *
 * <ul>
 *   <li>no token: 401, everywhere;
 *   <li>an annotator: 403, except their own work ({@code /api/v1/annotation/work}: allowed) and their own tokens;
 *   <li>another researcher: 404 for everything of the owner's (not told apart from "no such thing"), 403 for an
 *       annotator's work, and their own lists and new drafts where a path names nothing of the owner's.
 * </ul>
 *
 * The owner's own use of each endpoint is tested by the features' API tests (ApiIT, RunsApiIT, WebhooksIT, …); here
 * the owner's reads answer 2xx.
 */
class ApiAccessMatrixIT extends IntegrationTest {

    static WireMockServer server;
    static boolean masterKeySetHere;

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @BeforeAll
    static void start() {
        masterKeySetHere = TestMasterKey.setIfMissing();
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi("Option A", "stop", 20, 2))));
        server.stubFor(post(urlEqualTo("/hook")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok()));
    }

    @AfterAll
    static void stop() {
        server.stop();
        TestMasterKey.clear(masterKeySetHere);
    }

    /** One call's outcome where the matrix said otherwise. */
    private record Miss(String who, String method, String path, int expected, int got, String body) {

        @Override
        public String toString() {
            return who + " " + method + " " + path + ": expected " + (expected == 0 ? "2xx" : expected) + ", got " + got
                    + " " + body.substring(0, Math.min(160, body.length()));
        }
    }

    /** The owner's things by name ("study", "run", …): filled first. */
    private Map<String, String> ids;

    @Test
    void everyDescribedOperationAnswersEachRoleAsTheAccessRulesSay() throws Exception {
        ApiClient api = new ApiClient(port);
        String ownerName = logins.createUser("olga", Roles.RESEARCHER);
        String owner = api.token(ownerName, TestLogins.PASSWORD);
        String annotatorName = logins.createUser("anouk", Roles.ANNOTATOR);
        String annotator = api.token(annotatorName, TestLogins.PASSWORD);
        String stranger = api.token(logins.createUser("stan", Roles.RESEARCHER), TestLogins.PASSWORD);
        ids = ownersThings(api, owner, annotatorName);
        JsonNode held = ApiClient.json(api.get(annotator, "/api/v1/annotation/work/" + ids.get("project") + "/next"));
        ids.put("assignment", held.get("assignmentId").asString()); // the annotator holds an item

        JsonNode paths = ApiClient.json(api.get(owner, "/api/v1/openapi.json")).get("paths");
        List<Miss> misses = new ArrayList<>();
        int operations = 0;
        for (String path : paths.propertyNames()) {
            if (path.equals("/api/v1/tokens")) {
                continue; // POST takes HTTP Basic (ApiIT), GET lists the caller's own: below
            }
            JsonNode item = paths.get(path);
            for (String method : item.propertyNames()) {
                operations++;
                String url = fill(path, ids);
                JsonNode operation = item.get(method);
                boolean work = path.startsWith("/api/v1/annotation/work");
                boolean ownersThing = path.contains("{");
                check(misses, "no token", api, null, method, url, operation, 401);
                int annotatorShould = work ? -1 : path.startsWith("/api/v1/tokens/") ? 404 : 403;
                check(misses, "annotator", api, annotator, method, url, operation, annotatorShould);
                int strangerShould = work ? 403 : ownersThing ? 404 : -1;
                check(misses, "other researcher", api, stranger, method, url, operation, strangerShould);
                if (method.equals("get") && !work) {
                    check(misses, "owner", api, owner, method, url, operation, 0);
                }
            }
        }
        assertThat(operations).as("operations in the description").isGreaterThan(40);
        assertThat(misses).as("calls that broke the access rules").isEmpty();
        List<String> strangersTokens = new ArrayList<>();
        ApiClient.json(api.get(stranger, "/api/v1/tokens"))
                .forEach(t -> strangersTokens.add(t.get("id").asString()));
        assertThat(strangersTokens).isNotEmpty().doesNotContain(ids.get("token"));
    }

    /** The owner's study (with items, a webhook and a delivery), model, finished run, token and annotation project. */
    private Map<String, String> ownersThings(ApiClient api, String owner, String annotatorName) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        long study = api.study(owner, "The owner's", "CHOICE_PAIR");
        assertThat(api.upload(
                                owner,
                                "/api/v1/studies/" + study + "/items",
                                "file",
                                "pairs.csv",
                                "id,context,option_a,option_b\nk1,A wallet.,Hand it in,Keep it\n"
                                        .getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(200);
        ids.put("study", Long.toString(study));
        ids.put(
                "export",
                ApiClient.json(api.get(owner, "/api/v1/studies/" + study + "/exports"))
                        .get(0)
                        .get("name")
                        .asString());
        JsonNode model = ApiClient.json(api.post(
                owner,
                "/api/v1/models",
                "{\"name\":\"matrix-model-" + study + "\",\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\""
                        + server.baseUrl() + "/v1\",\"modelId\":\"m\",\"reasoning\":false,\"timeoutSeconds\":30,"
                        + "\"keySource\":\"NONE\"}"));
        ids.put("model", model.get("id").asString());
        JsonNode run = ApiClient.json(api.post(
                owner,
                "/api/v1/runs",
                "{\"modelId\":" + model.get("id").asLong() + ",\"studyId\":" + study
                        + ",\"samples\":1,\"concurrency\":1,\"seed\":1,\"bothOrders\":false,\"settings\":{}}"));
        ids.put("run", run.get("id").asString());
        JsonNode hook = ApiClient.json(api.post(
                owner,
                "/api/v1/studies/" + study + "/webhooks",
                "{\"url\":\"" + server.baseUrl() + "/hook\",\"events\":[\"run.finished\"]}"));
        ids.put("webhookId", hook.get("id").asString());
        JsonNode delivery = ApiClient.json(api.send(api.request("/api/v1/studies/" + study + "/webhooks/"
                        + hook.get("id").asLong() + "/test")
                .header("Authorization", "Bearer " + owner)
                .POST(HttpRequest.BodyPublishers.noBody())));
        ids.put("deliveryId", delivery.get("id").asString());
        ids.put(
                "token",
                ApiClient.json(api.get(owner, "/api/v1/tokens"))
                        .get(0)
                        .get("id")
                        .asString());
        JsonNode project =
                ApiClient.json(api.post(owner, "/api/v1/annotation/projects", "{\"title\":\"The owner's project\"}"));
        ids.put("project", project.get("id").asString());
        String base = "/api/v1/annotation/projects/" + project.get("id").asLong();
        api.post(
                owner,
                base + "/questions",
                "{\"question\":{\"code\":\"pick\",\"kind\":\"SINGLE_CHOICE\",\"prompt\":\"Which?\","
                        + "\"options\":[\"A\",\"B\"],\"allowUnsure\":false,\"screenOut\":false}}");
        api.upload(
                owner,
                base + "/items",
                "file",
                "items.csv",
                "id,context,option_a,option_b\ni1,A wallet.,Hand it in,Keep it\n".getBytes(StandardCharsets.UTF_8));
        assertThat(api.post(owner, base + "/members", "{\"username\":\"" + annotatorName + "\"}")
                        .statusCode())
                .isEqualTo(200);
        return ids;
    }

    /** The path with the owner's ids in it ({id} after /studies/ is the study, after /runs/ the run, …). */
    private static String fill(String path, Map<String, String> ids) {
        String filled = path;
        for (String[] prefix : new String[][] {
            {"/api/v1/studies/{id}", "study"},
            {"/api/v1/runs/{id}", "run"},
            {"/api/v1/models/{id}", "model"},
            {"/api/v1/tokens/{id}", "token"},
            {"/api/v1/annotation/projects/{id}", "project"},
            {"/api/v1/annotation/work/{projectId}", "project"}
        }) {
            if (filled.startsWith(prefix[0])) {
                filled = prefix[0].replace(prefix[0].substring(prefix[0].indexOf('{')), ids.get(prefix[1]))
                        + filled.substring(prefix[0].length());
            }
        }
        filled = filled.replace("{webhookId}", ids.get("webhookId"))
                .replace("{deliveryId}", ids.get("deliveryId"))
                .replace("{participant}", "p-nobody")
                .replace("{name}", filled.contains("/annotation/") ? "judgements" : ids.get("export"));
        assertThat(filled)
                .as("a path variable the matrix has no value for: add it here")
                .doesNotContain("{");
        return filled;
    }

    /**
     * Calls and compares: {@code expected} a status, 0 any 2xx, -1 anything but 401, 403 and 404 (the caller's own
     * collection: a list, or a draft refused for its empty body).
     */
    private void check(
            List<Miss> misses,
            String who,
            ApiClient api,
            String token,
            String method,
            String url,
            JsonNode operation,
            int expected)
            throws Exception {
        HttpResponse<String> answer = api.send(request(api, token, method, url, operation));
        int got = answer.statusCode();
        boolean ok =
                switch (expected) {
                    case 0 -> got / 100 == 2;
                    case -1 -> !Set.of(401, 403, 404).contains(got) && got < 500;
                    default -> got == expected;
                };
        if (!ok) {
            misses.add(new Miss(who, method.toUpperCase(), url, expected, got, answer.body()));
        }
    }

    /**
     * Bodies that bind, where "{}" would not (required numbers and booleans): with them the access check, not the
     * body, decides the answer. Keyed by method and path with every number as N.
     */
    private static final Map<String, String> VALID_BODIES = Map.of(
            "PUT /api/v1/studies/N/recruitment",
            "{\"recruitment\":\"LINK\"}",
            "PUT /api/v1/annotation/projects/N/settings",
            "{\"title\":\"T\",\"judgementsPerItem\":1,\"holdTimeoutSeconds\":60}",
            "POST /api/v1/annotation/work/N/judgements",
            "{\"assignmentId\":{assignment},\"answers\":{}}");

    private HttpRequest.Builder request(ApiClient api, String token, String method, String url, JsonNode operation) {
        HttpRequest.Builder request = api.request(url);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        JsonNode content = operation.path("requestBody").path("content");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        String valid = VALID_BODIES.get(method.toUpperCase() + " " + url.replaceAll("/\\d+", "/N"));
        if (valid != null) {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(valid.replace("{assignment}", ids.get("assignment")));
        } else if (content.has("multipart/form-data")
                || operation.path("summary").asString("").contains("multipart")) {
            String boundary = "----matrix";
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\""
                            + "\r\nContent-Type: text/csv\r\n\r\nid\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
        } else if (content.has("application/json")) {
            JsonNode schema = content.get("application/json").path("schema");
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(
                    "array".equals(schema.path("type").asString("")) ? "[]" : "{}");
        }
        return request.method(method.toUpperCase(), body);
    }
}
