package org.moralbase.models.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiModelClientTest {

    private static final String KEY = "sk-test-9f8e7d6c5b4a3210";
    private static final String PATH = "/v1/chat/completions";

    private WireMockServer server;
    private ModelEndpoint endpoint;
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private RetryPolicy policy;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        endpoint = ModelEndpoint.of(
                        ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", "gpt-test", Secret.of(KEY))
                .withTimeout(Duration.ofSeconds(5));
        policy = RetryPolicy.withDefaults(new SplittableRandom(42)).withSleeper(sleeper);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private CallOutcome call() {
        return policy.call(
                ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost,127.0.0.1")),
                "system text",
                "Case 1.\nCase 2.",
                new CancelToken());
    }

    @Test
    void returnsTheAnswerWithUsageAndFinishReason() {
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.openAi("Case 2", "stop", 120, 3))));

        ModelReply answer = ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost,127.0.0.1"))
                .ask("system text", "the dilemma");

        assertThat(answer.text()).isEqualTo("Case 2");
        assertThat(answer.tokens()).isEqualTo(new TokenCounts(120, 3, 123));
        assertThat(answer.finishReason()).isEqualTo("STOP");
        assertThat(answer.latency()).isPositive();
    }

    @Test
    void keepsAThinkBlockRaw() {
        String raw = "<think>\nFewer deaths is better.\n</think>\nCase 1";
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.openAi(raw, "stop", 100, 40))));

        assertThat(call().answer().text()).isEqualTo(raw);
    }

    @Test
    void returnsARefusalAsAnAnswerWithItsFinishReason() {
        String refusal = "I'm sorry, but I can't choose who should die.";
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.openAi(refusal, "content_filter", 100, 12))));

        CallOutcome outcome = call();

        assertThat(outcome.answer().text()).isEqualTo(refusal);
        assertThat(outcome.answer().finishReason()).isEqualTo("CONTENT_FILTER");
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    void sendsSamplingSettingsMessagesAndTheKey() {
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 1, 1))));
        endpoint = endpoint.withSampling(Sampling.serverDefaults()
                .withTemperature(0.7)
                .withTopP(0.9)
                .withMaxTokens(16)
                .withSeed(1234));

        call();

        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(equalToJson("""
                        {"model":"gpt-test","temperature":0.7,"top_p":0.9,"max_tokens":16,"seed":1234,
                         "messages":[{"role":"system","content":"system text"},
                                     {"role":"user","content":"Case 1.\\nCase 2."}]}""", true, true)));
    }

    @Test
    void sendsNoAuthorizationToAKeylessServer() {
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 1, 1))));
        endpoint = new ModelEndpoint(
                ProviderKind.OPENAI_COMPATIBLE,
                endpoint.baseUrl(),
                "local-vllm",
                Secret.none(),
                Sampling.serverDefaults(),
                Duration.ofSeconds(5),
                null);

        assertThat(call().answer().text()).isEqualTo("Case 1");
        server.verify(postRequestedFor(urlEqualTo(PATH)).withoutHeader("Authorization"));
    }

    @Test
    void systemPromptOverrideReplacesTheCallersSystemPrompt() {
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 1, 1))));
        endpoint = endpoint.withSystemPromptOverride("Answer in one word.");

        call();

        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(equalToJson(
                        "{\"messages\":[{\"role\":\"system\",\"content\":\"Answer in one word.\"},{}]}", true, true)));
    }

    @Test
    void waitsAtLeastRetryAfterWhenRateLimitedThenAnswers() {
        server.stubFor(post(PATH)
                .inScenario("429")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "7")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\"}}"))
                .willSetStateTo("ok"));
        server.stubFor(post(PATH)
                .inScenario("429")
                .whenScenarioStateIs("ok")
                .willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 1, 1))));

        CallOutcome outcome = call();

        assertThat(outcome.answer().text()).isEqualTo("Case 1");
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.type()).isEqualTo(FailureType.RATE_LIMITED);
            assertThat(error.httpStatus()).isEqualTo(429);
        });
        assertThat(sleeper.waits).singleElement().satisfies(wait -> assertThat(wait)
                .isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void retriesServerErrorsThenAnswers() {
        server.stubFor(post(PATH)
                .inScenario("5xx")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("boom"))
                .willSetStateTo("again"));
        server.stubFor(post(PATH)
                .inScenario("5xx")
                .whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(503).withBody("overloaded"))
                .willSetStateTo("ok"));
        server.stubFor(post(PATH)
                .inScenario("5xx")
                .whenScenarioStateIs("ok")
                .willReturn(okJson(ProviderJson.openAi("Case 2", "stop", 1, 1))));

        CallOutcome outcome = call();

        assertThat(outcome.answer().text()).isEqualTo("Case 2");
        assertThat(outcome.errors()).extracting(AttemptError::httpStatus).containsExactly(500, 503);
        assertThat(outcome.errors()).extracting(AttemptError::type).containsOnly(FailureType.SERVER_ERROR);
        assertThat(sleeper.waits).hasSize(2);
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void makesExactlyOneRequestPerAskSoLangChainDoesNotRetry() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost,127.0.0.1"))
                        .ask(null, "x"))
                .isInstanceOfSatisfying(
                        ModelCallException.class, e -> assertThat(e.type()).isEqualTo(FailureType.SERVER_ERROR));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void doesNotRetryABadKey() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid key\"}")));

        CallOutcome outcome = call();

        assertThat(outcome.failure()).isEqualTo(FailureType.CLIENT_ERROR);
        assertThat(outcome.errors())
                .singleElement()
                .extracting(AttemptError::httpStatus)
                .isEqualTo(401);
        assertThat(sleeper.waits).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void classifiesAnUnknownModelAsClientError() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(404).withBody("model not found")));

        assertThat(call().failure()).isEqualTo(FailureType.CLIENT_ERROR);
    }

    @Test
    void classifiesAnUnparseableBodyAsMalformed() {
        server.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"choices\": [ not json")));

        CallOutcome outcome = call();

        assertThat(outcome.failure()).isEqualTo(FailureType.MALFORMED);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void classifiesASlowServerAsTimeout() {
        server.stubFor(post(PATH)
                .willReturn(okJson(ProviderJson.openAi("late", "stop", 1, 1)).withFixedDelay(1500)));
        endpoint = endpoint.withTimeout(Duration.ofMillis(300));

        assertThatThrownBy(() -> ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost,127.0.0.1"))
                        .ask(null, "x"))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.type()).isEqualTo(FailureType.TIMEOUT);
                    assertThat(e.httpStatus()).isNull();
                });
    }

    @Test
    void redactsAKeyEchoedByTheServerFromOutcomesAndExceptions() {
        server.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". Header: Bearer "
                                + KEY + "\"}}")));

        CallOutcome outcome = call();
        ModelCallException thrown = null;
        try {
            ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost,127.0.0.1"))
                    .ask(null, "x");
        } catch (ModelCallException e) {
            thrown = e;
        }

        assertThat(outcome.toString()).doesNotContain(KEY).contains("Incorrect API key provided: ****");
        assertThat(thrown).isNotNull();
        assertThat(thrown.getMessage()).doesNotContain(KEY).contains("****");
        assertThat(thrown.toString()).doesNotContain(KEY);
        assertThat(endpoint.toString()).doesNotContain(KEY).contains("****");
    }
}
