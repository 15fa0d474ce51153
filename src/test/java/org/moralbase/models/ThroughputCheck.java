package org.moralbase.models;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.moralbase.models.client.BoundedRunner;
import org.moralbase.models.client.ModelClient;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.ModelPrompt;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.client.RetryPolicy;
import org.moralbase.models.client.RunHandle;
import org.moralbase.models.client.Secret;

/**
 * Throughput micro-check, not a unit test (timings depend on the machine): 2,000 prompts against WireMock
 * with a 50 ms fixed delay at concurrency 32; the ideal is 32 / 0.05 s = 640 answers per second.
 */
public final class ThroughputCheck {

    private ThroughputCheck() {}

    public static void main(String[] args) throws InterruptedException {
        // optional arguments, to tell a CPU ceiling from a concurrency ceiling: concurrency, delay in ms
        int prompts = 2000;
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int delayMillis = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .containerThreads(128)
                .disableRequestJournal());
        server.start();
        try {
            server.stubFor(post("/v1/chat/completions")
                    .willReturn(
                            okJson(ProviderJson.openAi("Case 1", "stop", 50, 2)).withFixedDelay(delayMillis)));
            ModelClient client = ModelClient.forEndpoint(
                    ModelEndpoint.of(
                            ProviderKind.OPENAI_COMPATIBLE,
                            server.baseUrl() + "/v1",
                            "bench",
                            Secret.of("sk-bench-000000")),
                    org.moralbase.models.client.BaseUrls.allowing("localhost,127.0.0.1"));
            List<ModelPrompt> list = IntStream.range(0, prompts)
                    .mapToObj(i -> new ModelPrompt("p" + i, "Respond with one word only.", "Case 1.\nCase 2. #" + i))
                    .toList();
            AtomicInteger answered = new AtomicInteger();
            RetryPolicy policy = RetryPolicy.withDefaults(new SplittableRandom(1));
            long start = System.nanoTime();
            RunHandle handle = new BoundedRunner(client, policy, concurrency, Clock.systemUTC())
                    .start(list, (prompt, outcome) -> {
                        if (outcome.answered()) {
                            answered.incrementAndGet();
                        }
                    });
            if (!handle.awaitCompletion(Duration.ofMinutes(5))) {
                throw new IllegalStateException("run did not finish in 5 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "%d prompts, concurrency %d, %d ms delay: %d answered, %d failed in %.2f s = %.1f answers/s"
                            + " (ideal %.0f)%n",
                    prompts,
                    concurrency,
                    delayMillis,
                    answered.get(),
                    handle.progress().failed(),
                    seconds,
                    answered.get() / seconds,
                    delayMillis == 0 ? Double.NaN : concurrency * 1000.0 / delayMillis);
        } finally {
            server.stop();
        }
    }
}
