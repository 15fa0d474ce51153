package org.moralbase.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Test connection" asks a registered model once, against a real HTTP server speaking the OpenAI chat API, and says
 * in the researcher's words what happened: the answer, a refused key, an unknown address or model, an unreachable
 * server, an answer in another format, a key variable that is not set.
 */
class ModelConnectionIT extends IntegrationTest {

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelConnection connection;

    @Autowired
    RegisteredModelRepository storedModels;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/ok/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi("OK", "stop", 20, 1))));
        server.stubFor(post(urlEqualTo("/refused/v1/chat/completions"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));
        server.stubFor(post(urlEqualTo("/garbled/v1/chat/completions"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Welcome to nginx!</body></html>")));
        // nothing at /unknown: WireMock answers 404
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void signIn() {
        logins.signIn(logins.createUser("tester", Roles.RESEARCHER));
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private ConnectionResult test(String baseUrl) throws Exception {
        return test(ScriptedModels.at(baseUrl, "Connection " + System.nanoTime()));
    }

    private ConnectionResult test(ModelSpec spec) throws Exception {
        long id = registry.create(spec).id();
        return connection.test(id).get(40, TimeUnit.SECONDS);
    }

    @Test
    void aModelThatAnswersIsConnectedAndItsAnswerShown() throws Exception {
        ConnectionResult result = test(server.baseUrl() + "/ok/v1");

        assertThat(result.ok()).isTrue();
        assertThat(result.message())
                .startsWith("Connected: the model answered “OK” in ")
                .contains("(finish reason: stop)");
        server.verify(postRequestedFor(urlEqualTo("/ok/v1/chat/completions"))
                .withRequestBody(containing("Reply with the single word OK")));
    }

    @Test
    void aRefusedKeyIsNamed() throws Exception {
        ConnectionResult result = test(server.baseUrl() + "/refused/v1");

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .isEqualTo("The server refused the key (HTTP 401). Check the API key and where it comes from.");
    }

    @Test
    void anUnknownAddressOrModelNamesBaseUrlAndModelId() throws Exception {
        ConnectionResult result = test(server.baseUrl() + "/unknown/v1");

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .startsWith("The server does not know this address or model (HTTP 404).")
                .contains("Base URL (" + server.baseUrl() + "/unknown/v1)", "Model id (test-model)");
    }

    @Test
    void anUnreachableServerIsNamed() throws Exception {
        ConnectionResult result = test("http://127.0.0.1:9/v1"); // the discard port: nothing listens

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .startsWith("Could not reach 127.0.0.1. Check Base URL and that the server is running.");
    }

    @Test
    void anAnswerInAnotherFormatSaysSo() throws Exception {
        ConnectionResult result = test(server.baseUrl() + "/garbled/v1");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).startsWith("The server answered, but not in the OpenAI-compatible format.");
    }

    @Test
    void aKeyVariableThatIsNotSetIsNamedAndNothingIsSent() throws Exception {
        int before = server.getAllServeEvents().size();
        ModelSpec spec = ScriptedModels.spec(
                server, "Keyless " + System.nanoTime(), 1.0, null, KeySource.ENV_VAR, "MORALBASE_KEY_UNSET_IT", null);

        ConnectionResult result = test(spec);

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .isEqualTo("API key: the environment variable MORALBASE_KEY_UNSET_IT is not set. Nothing was sent.");
        assertThat(server.getAllServeEvents()).hasSize(before);
    }

    @Test
    void privateAndLoopbackAddressesNotAllowedAreRefusedWhenSaved() {
        // the tests allow localhost and 127.0.0.1 (WireMock); other loopback and private addresses stay refused
        for (String url : new String[] {
            "http://10.0.0.1/v1", "http://127.0.0.2:" + server.port() + "/v1", "http://169.254.169.254/v1"
        }) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> registry.create(ScriptedModels.at(url, "Forged " + System.nanoTime())))
                    .as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Base URL: ")
                    .hasMessageContaining("MORALBASE_MODELS_ALLOWED_HOSTS");
        }
    }

    @Test
    void anAddressThatBecameInternalIsRefusedBeforeSending() throws Exception {
        int before = server.getAllServeEvents().size();
        long id = registry.create(ScriptedModels.at(server.baseUrl() + "/ok/v1", "Moved " + System.nanoTime()))
                .id();
        // as if the host's name now resolved to another loopback address: saved earlier, checked again on the call
        RegisteredModel model = storedModels.findById(id).orElseThrow();
        model.connect(
                model.getProviderKind(),
                "http://127.0.0.2:" + server.port() + "/ok/v1",
                model.getModelId(),
                null,
                null,
                null,
                null,
                30,
                null);
        storedModels.saveAndFlush(model);

        ConnectionResult result = connection.test(id).get(40, TimeUnit.SECONDS);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).startsWith("Not sent: 127.0.0.2 is a loopback address");
        assertThat(server.getAllServeEvents()).hasSize(before);
    }
}
