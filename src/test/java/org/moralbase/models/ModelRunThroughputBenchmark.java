package org.moralbase.models;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmark of docs/benchmarks.md ("Model runs"): a run against WireMock answering after 50 ms, concurrency 32,
 * every outcome stored in MariaDB; prints answers stored per second (ideal 32 / 0.05 s = 640/s). Run on request
 * (-Dit.test=ModelRunThroughputBenchmark); it checks that every outcome is stored, never how fast.
 */
class ModelRunThroughputBenchmark extends IntegrationTest {

    private static final int SCENARIOS = 3000;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunExecutor executor;

    @Test
    void aRunAtConcurrency32Against50MillisecondAnswersStoresHundredsPerSecond() throws Exception {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .containerThreads(128)
                .disableRequestJournal());
        server.start();
        try {
            server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                    .willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 120, 2))
                            .withFixedDelay(50)));
            logins.signIn(logins.createUser("bench", Roles.RESEARCHER));
            ModelSummary model = registry.create(new ModelSpec(
                    "Bench " + System.nanoTime(),
                    "",
                    null,
                    false,
                    null,
                    ProviderKind.OPENAI_COMPATIBLE,
                    server.baseUrl() + "/v1",
                    "bench",
                    null,
                    null,
                    null,
                    null,
                    30,
                    null,
                    KeySource.NONE,
                    null,
                    null));
            long study = studies.create("Benchmark", MoralMachineKind.ID).id();
            long start = System.nanoTime();
            RunSummary run = runs.start(new RunRequest(
                    model.id(), study, 1, 32, 7L, false, Map.of("scenarios", String.valueOf(SCENARIOS))));
            assertThat(executor.awaitEnd(run.id(), Duration.ofMinutes(5))).isTrue();
            double seconds = (System.nanoTime() - start) / 1e9;
            RunSummary done = runs.find(run.id()).orElseThrow();
            double rate = done.progress().stored() / seconds;
            System.out.printf(
                    "BENCHMARK model run: %d prompts, concurrency 32, 50 ms latency: %d stored in %.2f s = %.1f"
                            + " answers stored/s (ideal 640)%n",
                    SCENARIOS, done.progress().stored(), seconds, rate);
            assertThat(done.progress().stored()).isEqualTo(SCENARIOS);
        } finally {
            server.stop();
            logins.signOut();
        }
    }
}
