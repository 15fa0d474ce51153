package org.moralbase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.security.AccountService;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The REST API over real HTTP against the running app on MariaDB, as a script uses it: a token from the account's
 * password, then bearer requests acting as its owner, with problem details for every refusal.
 */
class ApiIT extends IntegrationTest {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiClient api() {
        return new ApiClient(port);
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aTokenMadeWithThePasswordActsAsItsOwnerAndAnotherResearchersStudyIsNotFound() throws Exception {
        ApiClient api = api();
        String ann = logins.createUser("ann", Roles.RESEARCHER);
        String ben = logins.createUser("ben", Roles.RESEARCHER);

        HttpResponse<String> made = api.makeToken(ann, TestLogins.PASSWORD);
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode issued = ApiClient.json(made);
        assertThat(issued.get("token").asString()).startsWith("mb_").hasSizeGreaterThanOrEqualTo(46);
        assertThat(made.headers().allValues("Set-Cookie")).isEmpty(); // stateless: no session
        String annToken = issued.get("token").asString();
        String benToken = api.token(ben, TestLogins.PASSWORD);

        HttpResponse<String> created =
                api.post(annToken, "/api/v1/studies", "{\"title\":\"From R\",\"kind\":\"MORAL_MACHINE\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = ApiClient.json(created).get("id").asLong();
        assertThat(api.get(annToken, "/api/v1/studies/" + id).statusCode()).isEqualTo(200);
        assertThat(api.get(annToken, "/api/v1/studies").body()).contains("\"From R\"");

        HttpResponse<String> hidden = api.get(benToken, "/api/v1/studies/" + id);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(ApiClient.json(hidden).get("status").asInt()).isEqualTo(404);
        assertThat(api.get(benToken, "/api/v1/studies").body()).doesNotContain("\"From R\"");
        assertThat(api.send(api.request("/api/v1/studies/" + id)
                                .header("Authorization", "Bearer " + benToken)
                                .DELETE())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("lea", Roles.RESEARCHER), TestLogins.PASSWORD);

        HttpResponse<String> unknown = api.get(token, "/api/v1/nothing-here");
        HttpResponse<String> wrongMethod = api.send(api.request("/api/v1/studies")
                .header("Authorization", "Bearer " + token)
                .DELETE());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
    }

    @Test
    void aBadTitleIsAProblemNamingTheField() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("cat", Roles.RESEARCHER), TestLogins.PASSWORD);

        HttpResponse<String> refused =
                api.post(token, "/api/v1/studies", "{\"title\":\"\",\"kind\":\"MORAL_MACHINE\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json(refused);
        assertThat(problem.get("field").asString()).isEqualTo("Title");
        assertThat(problem.get("detail").asString()).startsWith("Title:");
    }

    @Test
    void aWrongPasswordIs401AndRepeatedOnesAreThrottledAsOnTheLoginPage() throws Exception {
        ApiClient api = api();
        String dan = logins.createUser("dan", Roles.RESEARCHER);

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = api.makeToken(dan, "not the password");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        }
        // the sixth try waits, even with the right password, before the password is checked
        HttpResponse<String> held = api.makeToken(dan, TestLogins.PASSWORD);

        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        assertThat(ApiClient.json(held).get("detail").asString()).contains("Too many failed logins");
        logins.asAdmin(() -> assertThat(audit.list(AuditAction.LOGIN_FAILED, 0, 50))
                .anySatisfy(e -> assertThat(e.detail()).startsWith(dan + ": throttled")));
    }

    @Test
    void noTokenARevokedOneAnExpiredOneAndADisabledAccountAre401() throws Exception {
        ApiClient api = api();
        String eve = logins.createUser("eve", Roles.RESEARCHER);
        String revoked = api.token(eve, TestLogins.PASSWORD);
        String expired = api.token(eve, TestLogins.PASSWORD);
        String owned = api.token(eve, TestLogins.PASSWORD);

        assertThat(api.send(api.request("/api/v1/studies").GET()).statusCode()).isEqualTo(401);
        assertThat(api.get("mb_nosuchtoken", "/api/v1/studies").statusCode()).isEqualTo(401);

        long revokedId = ApiClient.json(api.get(revoked, "/api/v1/tokens"))
                .get(2)
                .get("id")
                .asLong();
        HttpResponse<String> revoke = api.send(api.request("/api/v1/tokens/" + revokedId)
                .header("Authorization", "Bearer " + owned)
                .DELETE());
        assertThat(revoke.statusCode()).isEqualTo(204);
        HttpResponse<String> afterRevoke = api.get(revoked, "/api/v1/studies");
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
        assertThat(afterRevoke.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));

        long expiredId = ApiClient.json(api.get(expired, "/api/v1/tokens"))
                .get(1)
                .get("id")
                .asLong();
        jdbc.update(
                "update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.valueOf("2020-01-01 00:00:00"),
                expiredId);
        assertThat(api.get(expired, "/api/v1/studies").statusCode()).isEqualTo(401);

        assertThat(api.get(owned, "/api/v1/studies").statusCode()).isEqualTo(200);
        logins.asAdmin(() -> {
            long id = accounts.list(0, 10_000).stream()
                    .filter(u -> u.username().equals(eve))
                    .findFirst()
                    .orElseThrow()
                    .id();
            accounts.setEnabled(id, false);
        });
        assertThat(api.get(owned, "/api/v1/studies").statusCode()).isEqualTo(401);
    }

    @Test
    void anAnnotatorsTokenMayNotListStudies() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("fay", Roles.ANNOTATOR), TestLogins.PASSWORD);

        HttpResponse<String> denied = api.get(token, "/api/v1/studies");

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
    }

    @Test
    void aStudysSharedResponsesAreStreamedAndTheExportIsAudited() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("gus", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Export", "MORAL_MACHINE");

        assertThat(api.get(token, "/api/v1/studies/" + id + "/exports").body())
                .contains("\"shared-responses\"", "SharedResponses.csv");
        HttpResponse<String> file = api.get(token, "/api/v1/studies/" + id + "/exports/shared-responses");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("SharedResponses.csv"));
        assertThat(file.body()).startsWith("ResponseID");
        JsonNode results = ApiClient.json(api.get(token, "/api/v1/studies/" + id + "/results"));
        assertThat(results.get("kind").asString()).isEqualTo("MORAL_MACHINE");
        assertThat(results.get("results").get("answers").asLong()).isZero();
        assertThat(api.get(token, "/api/v1/studies/" + id + "/exports/nothing").statusCode())
                .isEqualTo(404);
        logins.asAdmin(
                () -> assertThat(audit.list(AuditAction.API_REQUEST, 0, 50)).anySatisfy(e -> assertThat(e.detail())
                        .contains("/api/v1/studies/" + id + "/exports/shared-responses", "-> 200")));
    }

    @Test
    void anImportWithABadLineIsAProblemNamingTheLineAndNothingIsStored() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("hal", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Items", "CHOICE_PAIR");
        String path = "/api/v1/studies/" + id + "/items";

        HttpResponse<String> refused = api.upload(
                token,
                path,
                "file",
                "pairs.csv",
                "id,context,option_a,option_b\np1,A wallet.,Hand it in,Keep it\np2,A friend.,,Say no\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        JsonNode problem = ApiClient.json(refused).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("file").asString()).isEqualTo("pairs.csv");

        HttpResponse<String> stored = api.upload(
                token,
                path,
                "file",
                "pairs.csv",
                "id,context,option_a,option_b\np1,A wallet.,Hand it in,Keep it\n".getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(ApiClient.json(stored).get("items").asInt()).isEqualTo(1); // the refused file left nothing
    }

    @Test
    void aTokenBeyondItsRateIsAnswered429WithRetryAfter() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("ida", Roles.RESEARCHER), TestLogins.PASSWORD);

        HttpResponse<String> last = null;
        for (int i = 0; i < 300; i++) { // 120 a minute: the 121st in a burst is refused
            last = api.get(token, "/api/v1/tokens");
            if (last.statusCode() == 429) {
                break;
            }
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 60L));
        assertThat(ApiClient.json(last).get("status").asInt()).isEqualTo(429);
    }

    @Test
    void theOpenApiDescriptionAndItsPageAreServed() throws Exception {
        ApiClient api = api();

        HttpResponse<String> description =
                api.send(api.request("/api/v1/openapi.json").GET());

        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode openApi = ApiClient.json(description);
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        // valid against the OpenAPI 3 specification, as swagger-parser (2.1.48) reads it: no messages
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed =
                new io.swagger.v3.parser.OpenAPIV3Parser().readContents(description.body(), null, options);
        assertThat(parsed.getMessages()).as("problems of the description").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).containsKey("/api/v1/studies/{id}/webhooks");
        assertThat(openApi.get("paths").propertyNames())
                .contains(
                        "/api/v1/tokens",
                        "/api/v1/studies",
                        "/api/v1/studies/{id}",
                        "/api/v1/studies/{id}/exports/{name}",
                        "/api/v1/studies/{id}/items");
        HttpResponse<String> page =
                api.send(api.request("/api/v1/swagger-ui/index.html").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void countsRecruitmentLinksAndTheModelRegistryAnswerAsTheirPagesDo() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("jon", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Counts", "MORAL_MACHINE");

        JsonNode counts = ApiClient.json(api.get(token, "/api/v1/studies/" + id + "/counts"));
        assertThat(counts.get("total").asLong()).isZero();
        assertThat(counts.get("byStatus").get("COMPLETED").asLong()).isZero();

        HttpResponse<String> set = api.send(api.request("/api/v1/studies/" + id + "/recruitment")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"recruitment\":\"PROLIFIC\",\"targetParticipants\":50,\"completionCode\":\"C0DE\"}")));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode links = ApiClient.json(set);
        assertThat(links.get("publicLink").asString()).contains("/take/");
        assertThat(links.get("prolificLink").asString()).contains("PROLIFIC_PID");

        HttpResponse<String> model = api.post(
                token,
                "/api/v1/models",
                "{\"name\":\"api-model-" + id
                        + "\",\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:9/v1\","
                        + "\"modelId\":\"m\",\"reasoning\":false,\"timeoutSeconds\":30,\"keySource\":\"NONE\"}");
        assertThat(model.statusCode()).as(model.body()).isEqualTo(201);
        HttpResponse<String> unreadable =
                api.post(token, "/api/v1/models", "{\"name\": \"x\", \"timeoutSeconds\": \"soon\"}");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unreadable).get("field").asString()).isEqualTo("timeoutSeconds");
        assertThat(api.get(token, "/api/v1/models").body()).contains("api-model-" + id);
        HttpResponse<String> noRun = api.get(token, "/api/v1/runs/999999999");
        assertThat(noRun.statusCode()).isEqualTo(404);
    }

    @Test
    void everyEndpointOfOursIsInTheOpenApiDescription() throws Exception {
        JsonNode paths = ApiClient.json(
                        api().send(api().request("/api/v1/openapi.json").GET()))
                .get("paths");
        java.util.Set<String> described = new java.util.TreeSet<>(paths.propertyNames());

        java.util.Set<String> ours = new java.util.TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.moralbase")
                    && !method.getBeanType().getSimpleName().equals("UnknownPathController")) {
                ours.addAll(info.getPatternValues());
            }
        });

        // outside the API only the pages' own files: the scenario pictures and the consent gallery (decisions 0044,
        // 0045)
        java.util.Set<String> assets = new java.util.TreeSet<>(ours);
        assets.removeIf(path -> path.startsWith("/api/"));
        assertThat(assets)
                .containsExactly("/pictures/mm/{version}/gallery-{language}.svg", "/pictures/mm/{version}/{code}.svg");
        ours.removeAll(assets);
        assertThat(ours).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        assertThat(described).containsAll(ours);
    }

    @Test
    void a50MegabyteImportIsReadAndALargerRequestIsAnswered413() throws Exception {
        ApiClient api = api();
        String token = api.token(logins.createUser("kim", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Big", "CHOICE_PAIR");
        String path = "/api/v1/studies/" + id + "/items";
        byte[] big = new byte[50 * 1024 * 1024]; // a header no format knows, then 50 MB of lines
        java.util.Arrays.fill(big, (byte) 'x');
        byte[] header = "no,such,columns\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, big, 0, header.length);
        for (int i = 200; i < big.length; i += 200) {
            big[i] = '\n';
        }

        HttpResponse<String> read = api.upload(token, path, "file", "big.csv", big);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(400); // read and refused for its content, not its size
        assertThat(ApiClient.json(read).get("problems").get(0).get("file").asString())
                .isEqualTo("big.csv");

        // a larger request is answered from its headers, before any of its body is sent
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                                    + 300L * 1024 * 1024 + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder(); // the response's head, up to its blank line
            java.io.InputStream in = socket.getInputStream();
            for (int b = in.read(); b >= 0 && answer.indexOf("\r\n\r\n") < 0; b = in.read()) {
                answer.append((char) b);
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
    }
}
