package org.moralbase.models.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoundedRunnerTest {

    private static final String PATH = "/v1/chat/completions";

    private WireMockServer server;
    private ModelClient client;
    private final Map<String, CallOutcome> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger callbacks = new AtomicInteger();

    @BeforeEach
    void start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64));
        server.start();
        client = ModelClient.forEndpoint(
                ModelEndpoint.of(
                        ProviderKind.OPENAI_COMPATIBLE,
                        server.baseUrl() + "/v1",
                        "always-case-1",
                        Secret.of("sk-run-key-0001")),
                BaseUrls.allowing("localhost,127.0.0.1"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void answerCase1After(int delayMillis) {
        server.stubFor(post(PATH)
                .willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 50, 2)).withFixedDelay(delayMillis)));
    }

    private static List<ModelPrompt> prompts(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new ModelPrompt("trial-" + i, "Respond with one word only.", "Case 1.\nCase 2. #" + i))
                .toList();
    }

    private RunHandle run(ModelClient using, int concurrency, List<ModelPrompt> prompts) {
        RetryPolicy policy = RetryPolicy.withDefaults(new SplittableRandom(1)).withSleeper(new RecordingSleeper());
        return new BoundedRunner(using, policy, concurrency, Clock.systemUTC()).start(prompts, (prompt, outcome) -> {
            callbacks.incrementAndGet();
            outcomes.put(prompt.id(), outcome);
        });
    }

    @Test
    void aModelThatAlwaysAnswersCase1GivesOneAnswerPerPrompt() throws InterruptedException {
        answerCase1After(0);

        RunHandle handle = run(client, 4, prompts(25));

        assertThat(handle.awaitCompletion(Duration.ofSeconds(30))).isTrue();
        assertThat(callbacks).hasValue(25);
        assertThat(outcomes).hasSize(25);
        assertThat(outcomes.values())
                .allSatisfy(outcome -> assertThat(outcome.answer().text()).isEqualTo("Case 1"));
        assertThat(handle.progress().answered()).isEqualTo(25);
        assertThat(handle.progress().pending()).isZero();
        server.verify(25, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void neverHasMoreThanTheBoundInFlight() throws InterruptedException {
        answerCase1After(150);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        // counts around the real client: the HTTP exchange itself is still real
        ModelClient counting = (system, user) -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                return client.ask(system, user);
            } finally {
                inFlight.decrementAndGet();
            }
        };

        long start = System.nanoTime();
        RunHandle handle = run(counting, 3, prompts(15));
        assertThat(handle.awaitCompletion(Duration.ofSeconds(30))).isTrue();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(maxInFlight.get()).isEqualTo(3);
        // 15 prompts, 3 at a time, 150 ms each: at least 5 rounds
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(5 * 150));
        assertThat(outcomes).hasSize(15);
    }

    @Test
    void pauseHoldsBackNewPromptsAndResumeFinishesThem() throws InterruptedException {
        answerCase1After(100);
        RunHandle handle = run(client, 2, prompts(12));
        waitUntil(() -> callbacks.get() >= 2);

        handle.pause();
        waitUntil(() -> handle.progress().inFlight() == 0);
        int requestsWhenPaused = server.getAllServeEvents().size();
        Thread.sleep(500);

        assertThat(server.getAllServeEvents()).hasSize(requestsWhenPaused);
        assertThat(handle.progress().paused()).isTrue();
        assertThat(handle.progress().pending()).isPositive();
        assertThat(handle.isDone()).isFalse();

        handle.resume();
        assertThat(handle.awaitCompletion(Duration.ofSeconds(30))).isTrue();
        assertThat(outcomes).hasSize(12);
        assertThat(outcomes.values()).allMatch(CallOutcome::answered);
    }

    @Test
    void cancelReportsEveryUnstartedPromptCancelledAndDropsNothing() throws InterruptedException {
        answerCase1After(150);
        RunHandle handle = run(client, 2, prompts(30));
        waitUntil(() -> callbacks.get() >= 2);

        handle.cancel();
        assertThat(handle.awaitCompletion(Duration.ofSeconds(30))).isTrue();

        assertThat(callbacks).hasValue(30);
        assertThat(outcomes).hasSize(30);
        long answered = outcomes.values().stream().filter(CallOutcome::answered).count();
        long cancelled = outcomes.values().stream()
                .filter(outcome -> outcome.failure() == FailureType.CANCELLED)
                .count();
        assertThat(answered).isGreaterThanOrEqualTo(2);
        assertThat(answered + cancelled).isEqualTo(30);
        assertThat(cancelled).isPositive();
        // every answer came from a request, and no cancelled prompt was sent
        server.verify((int) answered, postRequestedFor(urlEqualTo(PATH)));
        assertThat(handle.progress().cancelled()).isEqualTo((int) cancelled);
    }

    @Test
    void cancellingWhilePausedStillReportsEveryPrompt() throws InterruptedException {
        answerCase1After(50);
        RunHandle handle = run(client, 1, prompts(8));
        handle.pause();
        handle.cancel();

        assertThat(handle.awaitCompletion(Duration.ofSeconds(30))).isTrue();
        assertThat(callbacks).hasValue(8);
        assertThat(outcomes).hasSize(8);
    }

    @Test
    void progressReportsARateAndAnEstimateWhileRunning() throws InterruptedException {
        answerCase1After(100);
        RunHandle handle = run(client, 2, prompts(20));
        waitUntil(() -> callbacks.get() >= 4);

        RunProgress progress = handle.progress();

        assertThat(progress.total()).isEqualTo(20);
        assertThat(progress.answered()).isGreaterThanOrEqualTo(4);
        assertThat(progress.inFlight()).isBetween(0, 2);
        assertThat(progress.ratePerSecond()).isPositive();
        assertThat(progress.estimatedRemaining()).isNotNull();
        handle.cancel();
        handle.awaitCompletion(Duration.ofSeconds(30));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 20 s");
            }
            Thread.sleep(10);
        }
    }
}
