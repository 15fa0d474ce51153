package org.moralbase.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.LocalDate;
import java.util.Map;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.client.ProviderKind;

/** Test helper: a local server answering the OpenAI chat API by script ({@link ScriptedModel}), and models on it. */
public final class ScriptedModels {

    public static final String PATH = "/scripted/v1";

    private ScriptedModels() {}

    /** Starts a server that answers after {@code delayMillis}; stop it after the tests. */
    public static WireMockServer start(int delayMillis) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .containerThreads(32)
                .extensions(new ScriptedModel()));
        server.start();
        server.stubFor(post(urlEqualTo(PATH + "/chat/completions"))
                .willReturn(aResponse().withTransformers(ScriptedModel.NAME).withFixedDelay(delayMillis)));
        return server;
    }

    /**
     * Stubs {@code path}/chat/completions on {@code server} as a model that prefers the outcome of higher rank in the
     * utility question (Mazeika et al.'s prompt: "Option A:\n<text>"): the stub of the highest-ranked text in the
     * prompt wins and answers the letter it was shown under ({@code answerB} for B, e.g. "B." to test the reading).
     */
    public static void preferringHigherRank(
            WireMockServer server, String path, Map<String, Integer> rankByText, String answerB) {
        rankByText.forEach((text, rank) -> {
            server.stubFor(post(urlEqualTo(path + "/chat/completions"))
                    .atPriority(10 - rank)
                    .withRequestBody(containing("Option A:\\n" + text))
                    .willReturn(okJson(ProviderJson.openAi("A", "stop", 60, 1))));
            server.stubFor(post(urlEqualTo(path + "/chat/completions"))
                    .atPriority(10 - rank)
                    .withRequestBody(containing("Option B:\\n" + text))
                    .willReturn(okJson(ProviderJson.openAi(answerB, "stop", 60, 1))));
        });
    }

    /** A model on the server, with no key. */
    public static ModelSpec spec(WireMockServer server, String name, Double billions, LocalDate released) {
        return spec(server, name, billions, released, KeySource.NONE, null, null);
    }

    /** A model on the server with the key settings given. */
    public static ModelSpec spec(
            WireMockServer server,
            String name,
            Double billions,
            LocalDate released,
            KeySource keySource,
            String keyEnvVar,
            String key) {
        return specAt(server.baseUrl() + PATH, name, billions, released, keySource, keyEnvVar, key);
    }

    /** A model at any OpenAI-compatible base URL (e.g. another stub path of a test's own server), with no key. */
    public static ModelSpec at(String baseUrl, String name) {
        return specAt(baseUrl, name, 1.0, null, KeySource.NONE, null, null);
    }

    private static ModelSpec specAt(
            String baseUrl,
            String name,
            Double billions,
            LocalDate released,
            KeySource keySource,
            String keyEnvVar,
            String key) {
        return new ModelSpec(
                name,
                "",
                billions,
                false,
                released,
                ProviderKind.OPENAI_COMPATIBLE,
                baseUrl,
                "test-model",
                0.0,
                null,
                null,
                null,
                30,
                null,
                keySource,
                keyEnvVar,
                key);
    }
}
