package org.moralbase.api;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A script's whole model pipeline over HTTP: import a choice-pair study's items, register a model (a local stub of the
 * OpenAI chat API), start a run once per idempotency key, follow its progress, read every raw answer.
 */
class RunsApiIT extends IntegrationTest {

    private static WireMockServer server;

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @BeforeAll
    static void startModel() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi("Option A", "stop", 50, 2))));
    }

    @AfterAll
    static void stopModel() {
        server.stop();
    }

    @Test
    void aScriptImportsItemsRegistersAModelRunsItAndReadsEveryRawAnswer() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = api.token(logins.createUser("run", Roles.RESEARCHER), TestLogins.PASSWORD);
        long study = api.study(token, "Asked of a model", "CHOICE_PAIR");
        HttpResponse<String> items = api.upload(
                token,
                "/api/v1/studies/" + study + "/items",
                "file",
                "pairs.csv",
                "id,context,option_a,option_b\nk1,A wallet.,Hand it in,Keep it\nk2,A friend.,Help,Say no\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(items.statusCode()).as(items.body()).isEqualTo(200);
        HttpResponse<String> model = api.post(
                token,
                "/api/v1/models",
                "{\"name\":\"api-run-model-" + study + "\",\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\""
                        + server.baseUrl() + "/v1\",\"modelId\":\"test-model\",\"reasoning\":false,"
                        + "\"timeoutSeconds\":30,\"keySource\":\"NONE\"}");
        assertThat(model.statusCode()).as(model.body()).isEqualTo(201);
        long modelId = ApiClient.json(model).get("id").asLong();

        String request = "{\"modelId\":" + modelId + ",\"studyId\":" + study
                + ",\"samples\":1,\"concurrency\":2,\"seed\":7,\"bothOrders\":false,\"settings\":{}}";
        HttpRequest.Builder start = api.request("/api/v1/runs")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "run-" + study)
                .POST(HttpRequest.BodyPublishers.ofString(request));
        HttpResponse<String> started = api.send(start);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long run = ApiClient.json(started).get("id").asLong();
        assertThat(ApiClient.json(api.send(start)).get("id").asLong()).isEqualTo(run); // a retry starts nothing new

        JsonNode progress = api.awaitRunFinished(token, run);
        assertThat(progress.get("finishedAt").isNull()).as(progress.toString()).isFalse();
        assertThat(progress.get("progress").get("valid").asLong()).isEqualTo(2);

        JsonNode answers = ApiClient.json(api.get(token, "/api/v1/runs/" + run + "/answers"));
        assertThat(answers.size()).isEqualTo(2);
        assertThat(answers.toString()).contains("Option A");
        HttpResponse<String> csv = api.get(token, "/api/v1/runs/" + run + "/answers.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("run,model,study,prompt_index").contains("Option A");

        // the model beside the people, as the shares page compares them (no people yet: no agreement to give)
        HttpResponse<String> compared = api.get(token, "/api/v1/studies/" + study + "/comparison");
        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        JsonNode comparison = ApiClient.json(compared).get("results");
        assertThat(comparison.has("models")).isTrue();
        assertThat(comparison.get("runs").get(0).get("runId").asLong()).isEqualTo(run);
        HttpResponse<String> published = api.get(token, "/api/v1/studies/" + study + "/comparison?baseline=published");
        assertThat(published.statusCode()).isEqualTo(400);
        assertThat(published.body()).contains("baseline: a choice-pair study compares with its own participants");

        String other = api.token(logins.createUser("nosy", Roles.RESEARCHER), TestLogins.PASSWORD);
        assertThat(api.get(other, "/api/v1/studies/" + study + "/comparison").statusCode())
                .isEqualTo(404);
        assertThat(api.get(other, "/api/v1/runs/" + run).statusCode()).isEqualTo(404);
        assertThat(api.get(other, "/api/v1/runs/" + run + "/answers.csv").statusCode())
                .isEqualTo(404);
        // the model is its owner's (issue 17): not listed, not found, not runnable by anyone it was not shared with
        assertThat(api.get(other, "/api/v1/models/" + modelId).statusCode()).isEqualTo(404);
        assertThat(api.get(other, "/api/v1/models?limit=1000").body()).doesNotContain("api-run-model-" + study);
        assertThat(ApiClient.json(api.get(token, "/api/v1/models/" + modelId))
                        .get("ownerId")
                        .isNumber())
                .isTrue();
        long otherStudy = api.study(other, "Someone else's", "CHOICE_PAIR");
        HttpResponse<String> refused = api.post(
                other,
                "/api/v1/runs",
                "{\"modelId\":" + modelId + ",\"studyId\":" + otherStudy
                        + ",\"samples\":1,\"concurrency\":1,\"seed\":7,\"bothOrders\":false,\"settings\":{}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        HttpResponse<String> forged = api.post(
                token,
                "/api/v1/models",
                "{\"name\":\"api-forged-" + study + "\",\"kind\":\"OPENAI_COMPATIBLE\","
                        + "\"baseUrl\":\"http://169.254.169.254/v1\",\"modelId\":\"m\",\"reasoning\":false,"
                        + "\"timeoutSeconds\":30,\"keySource\":\"NONE\"}");
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(forged.body()).contains("Base URL");
    }
}
