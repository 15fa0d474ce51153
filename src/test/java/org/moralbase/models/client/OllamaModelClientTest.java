package org.moralbase.models.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OllamaModelClientTest {

    private static final String PATH = "/api/chat";

    private WireMockServer server;
    private ModelEndpoint endpoint;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        endpoint = ModelEndpoint.of(ProviderKind.OLLAMA, server.baseUrl(), "llama3.1", Secret.none())
                .withTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private CallOutcome call() {
        return RetryPolicy.withDefaults(new SplittableRandom(7))
                .withSleeper(sleeper)
                .call(
                        ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost,127.0.0.1")),
                        "system text",
                        "the dilemma",
                        new CancelToken());
    }

    @Test
    void returnsTheAnswerWithUsage() {
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.ollama("Case 1", 90, 3))));

        CallOutcome outcome = call();

        assertThat(outcome.answer().text()).isEqualTo("Case 1");
        assertThat(outcome.answer().tokens().input()).isEqualTo(90);
        assertThat(outcome.answer().tokens().output()).isEqualTo(3);
        assertThat(outcome.answer().finishReason()).isEqualTo("STOP");
    }

    @Test
    void keepsAThinkBlockRaw() {
        String raw = "<think>\nSparing the child.\n</think>\n\ncase 2";
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.ollama(raw, 90, 30))));

        assertThat(call().answer().text()).isEqualTo(raw);
    }

    @Test
    void sendsSamplingSettingsAsOptionsAndNoAuthorizationWithoutAKey() {
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.ollama("Case 1", 1, 1))));
        endpoint = endpoint.withSampling(Sampling.serverDefaults()
                .withTemperature(0.0)
                .withTopP(0.5)
                .withMaxTokens(8)
                .withSeed(99));

        call();

        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withoutHeader("Authorization")
                .withRequestBody(equalToJson("""
                        {"model":"llama3.1","stream":false,
                         "options":{"temperature":0.0,"top_p":0.5,"num_predict":8,"seed":99},
                         "messages":[{"role":"system","content":"system text"},
                                     {"role":"user","content":"the dilemma"}]}""", true, true)));
    }

    @Test
    void sendsTheKeyAsBearerTokenForProxiedOllama() {
        server.stubFor(post(PATH).willReturn(okJson(ProviderJson.ollama("Case 1", 1, 1))));
        endpoint = new ModelEndpoint(
                ProviderKind.OLLAMA,
                endpoint.baseUrl(),
                "llama3.1",
                Secret.of("proxy-key-123456"),
                Sampling.serverDefaults(),
                Duration.ofSeconds(5),
                null);

        call();

        server.verify(
                postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer proxy-key-123456")));
    }

    @Test
    void retriesAServerErrorThenAnswers() {
        server.stubFor(post(PATH)
                .inScenario("5xx")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"model runner crashed\"}"))
                .willSetStateTo("ok"));
        server.stubFor(post(PATH)
                .inScenario("5xx")
                .whenScenarioStateIs("ok")
                .willReturn(okJson(ProviderJson.ollama("Case 2", 1, 1))));

        CallOutcome outcome = call();

        assertThat(outcome.answer().text()).isEqualTo("Case 2");
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.type()).isEqualTo(FailureType.SERVER_ERROR);
            assertThat(error.message()).contains("model runner crashed");
        });
    }

    @Test
    void classifiesAnUnknownModelAsClientErrorWithoutRetrying() {
        server.stubFor(post(PATH)
                .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"model 'llama9' not found\"}")));

        CallOutcome outcome = call();

        assertThat(outcome.failure()).isEqualTo(FailureType.CLIENT_ERROR);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void classifiesAnUnparseableBodyAsMalformed() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));

        assertThat(call().failure()).isEqualTo(FailureType.MALFORMED);
    }

    @Test
    void classifiesASlowServerAsTimeout() {
        server.stubFor(
                post(PATH).willReturn(okJson(ProviderJson.ollama("late", 1, 1)).withFixedDelay(1500)));
        endpoint = endpoint.withTimeout(Duration.ofMillis(300));

        CallOutcome outcome = RetryPolicy.withDefaults(new SplittableRandom(7))
                .withSleeper(sleeper)
                .withMaxAttempts(2)
                .call(
                        ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost,127.0.0.1")),
                        null,
                        "x",
                        new CancelToken());

        assertThat(outcome.failure()).isEqualTo(FailureType.TIMEOUT);
        assertThat(outcome.errors())
                .extracting(AttemptError::type)
                .containsExactly(FailureType.TIMEOUT, FailureType.TIMEOUT);
    }
}
