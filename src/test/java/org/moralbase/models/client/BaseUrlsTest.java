package org.moralbase.models.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request forgery (issue 17 item 9): keys go to public addresses only, unless an admin allowed the host. */
class BaseUrlsTest {

    private static final BaseUrls NONE_ALLOWED = BaseUrls.allowing("");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/v1",
                "http://127.0.0.2:8080/v1",
                "http://localhost:11434",
                "http://[::1]/v1",
                "http://0.0.0.0/v1",
                "http://10.0.0.1/v1",
                "http://172.16.5.4/v1",
                "http://172.31.255.255/v1",
                "http://192.168.1.10/v1",
                "http://169.254.169.254/latest/meta-data",
                "http://[fe80::1]/v1",
                "http://[fc00::1]/v1",
                "http://[fd12:3456::1]/v1",
                "http://[::ffff:10.0.0.1]/v1",
                "http://[64:ff9b::a9fe:a9fe]/v1",
                "http://100.100.100.200/latest",
                "http://224.0.0.1/v1",
                "http://[ff02::1]/v1",
                "https://2130706433/v1"
            })
    void refusesInternalAddresses(String url) {
        assertThat(NONE_ALLOWED.problem(URI.create(url))).as(url).hasValueSatisfying(why -> assertThat(why)
                .contains("MORALBASE_MODELS_ALLOWED_HOSTS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/v1", "http://172.32.0.1/v1", "http://[2001:4860:4860::8888]/v1"})
    void acceptsPublicAddresses(String url) {
        assertThat(NONE_ALLOWED.problem(URI.create(url))).as(url).isEmpty();
    }

    @Test
    void anAllowedHostOrAddressIsAccepted() {
        BaseUrls allowed = BaseUrls.allowing(" LocalHost , 10.0.0.7, ::1 ");

        assertThat(allowed.problem(URI.create("http://localhost:11434"))).isEmpty();
        assertThat(allowed.problem(URI.create("http://10.0.0.7/v1"))).isEmpty();
        assertThat(allowed.problem(URI.create("http://[0:0::1]/v1"))).isEmpty();
        assertThat(allowed.problem(URI.create("http://10.0.0.8/v1"))).isNotEmpty();
        assertThat(allowed.problem(URI.create("http://127.0.0.2/v1"))).isNotEmpty();
    }

    @Test
    void onlyHttpAndHttps() {
        assertThat(NONE_ALLOWED.problem(URI.create("file:///etc/passwd"))).isNotEmpty();
        assertThat(NONE_ALLOWED.problem(URI.create("ftp://8.8.8.8/v1"))).isNotEmpty();
    }

    @Test
    void theClientChecksAgainBeforeEachRequestAndSendsNothing() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        try {
            server.stubFor(post(anyUrl()).willReturn(okJson(ProviderJson.openAi("Case 2", "stop", 1, 1))));
            ModelEndpoint endpoint = ModelEndpoint.of(
                    ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", "m", Secret.of("sk-forgery-0001"));

            // saved while allowed, the allowlist has changed since: the key stays here
            assertThatThrownBy(() ->
                            ModelClient.forEndpoint(endpoint, NONE_ALLOWED).ask(null, "x"))
                    .isInstanceOfSatisfying(ModelCallException.class, e -> {
                        assertThat(e.type()).isEqualTo(FailureType.CLIENT_ERROR);
                        assertThat(e.getMessage()).startsWith("Not sent: ").contains("loopback");
                    });
            assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();

            assertThat(ModelClient.forEndpoint(endpoint, BaseUrls.allowing("localhost"))
                            .ask(null, "x")
                            .text())
                    .isEqualTo("Case 2");
        } finally {
            server.stop();
        }
    }
}
