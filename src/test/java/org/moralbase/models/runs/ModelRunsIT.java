package org.moralbase.models.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Leases;
import org.moralbase.base.Roles;
import org.moralbase.models.KeySource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSpec;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunStatus;
import org.moralbase.models.RunSummary;
import org.moralbase.models.ScriptedModel;
import org.moralbase.models.client.FailureType;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.models.domain.UnreachableAnswerTable;
import org.moralbase.models.registry.ApiKeyCipher;
import org.moralbase.models.registry.KeyVault;
import org.moralbase.models.registry.ModelEndpoints;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ScenarioGenerator;
import org.moralbase.moralmachine.Side;
import org.moralbase.moralmachine.Stimuli;
import org.moralbase.moralmachine.comparison.ModelProfiles;
import org.moralbase.moralmachine.comparison.RunAnalysis;
import org.moralbase.moralmachine.comparison.RunAnalysisService;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRows;
import org.moralbase.moralmachine.prompt.TakemotoPrompt;
import org.moralbase.security.TestLogins;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceEstimator;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.AmceRow;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Model runs end to end: MariaDB, a WireMock server speaking the OpenAI chat API, the real run executor. */
class ModelRunsIT extends IntegrationTest {

    private static final String KEY_VARIABLE = "MORALBASE_KEY_IT_SCRIPTED";
    private static final String ENV_KEY = "sk-it-env-7f3a9c2e5b1d";
    private static final String STORED_KEY = "sk-it-stored-4e8d2a6f0c9b";
    private static final long SEED = 20260117L;
    // Awad 2018 Fig. 2a (methods §2.1), typed here rather than taken from AmceDistance
    private static final double[] AWAD = {0.061, 0.097, 0.353, 0.119, 0.160, 0.345, 0.497, 0.651, 0.585};

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunAnalysisService analysis;

    @Autowired
    RunExecutor executor;

    @Autowired
    ModelRunRepository runRepository;

    @Autowired
    RegisteredModelRepository modelRepository;

    @Autowired
    AnswerTable answerTable;

    @Autowired
    ModelEndpoints endpoints;

    @Autowired
    RunPlans plans;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ModelProfiles profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .containerThreads(64)
                .extensions(new ScriptedModel()));
        server.start();
        server.stubFor(post(urlEqualTo("/scripted/v1/chat/completions"))
                .willReturn(aResponse().withTransformers(ScriptedModel.NAME)));
        server.stubFor(post(urlEqualTo("/always1/v1/chat/completions"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"no key\"}}")));
        server.stubFor(post(urlEqualTo("/always1/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + STORED_KEY))
                .willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 120, 2))));
        server.stubFor(post(urlEqualTo("/slow/v1/chat/completions"))
                .willReturn(
                        okJson(ProviderJson.openAi("Case 2", "stop", 120, 2)).withFixedDelay(150)));
        System.setProperty(KEY_VARIABLE, ENV_KEY);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        System.clearProperty(KEY_VARIABLE);
        System.clearProperty(KeyVault.MASTER_KEY_VARIABLE);
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private long study() {
        return studies.create("Models versus humans", MoralMachineKind.ID).id();
    }

    private ModelSpec spec(String name, String path, KeySource source, String envVar, String key) {
        return specAt(name, server.baseUrl() + path, source, envVar, key);
    }

    private static ModelSpec specAt(String name, String baseUrl, KeySource source, String envVar, String key) {
        return new ModelSpec(
                name,
                "",
                8.0,
                false,
                null,
                ProviderKind.OPENAI_COMPATIBLE,
                baseUrl,
                "test-model",
                0.0,
                null,
                null,
                null,
                30,
                null,
                source,
                envVar,
                key);
    }

    private RunSummary awaitEnd(long runId) throws InterruptedException {
        assertThat(executor.awaitEnd(runId, Duration.ofMinutes(3)))
                .as("run finished in time")
                .isTrue();
        return runs.find(runId).orElseThrow();
    }

    @Test
    void aScriptedRunStoresEveryOutcomeAndItsAnalysisMatchesAnIndependentComputation() throws Exception {
        logins.signIn(logins.createUser("runner", Roles.RESEARCHER));
        ModelSummary model = registry.create(
                spec("Scripted Llama " + System.nanoTime(), "/scripted/v1", KeySource.ENV_VAR, KEY_VARIABLE, null));
        assertThat(model.family()).isEqualTo("Llama");

        RunSummary started = runs.start(
                new RunRequest(model.id(), study(), 1, 8, SEED, false, Map.of("scenarios", String.valueOf(40))));
        Runnable first = runs.subscribe(started.id(), id -> {});
        Runnable second = runs.subscribe(started.id(), id -> {});
        RunSummary done = awaitEnd(started.id());
        first.run();
        assertThat(executor.hasSubscribers(started.id())).isTrue();
        second.run();
        assertThat(executor.hasSubscribers(started.id()))
                .as("the last one out leaves nothing")
                .isFalse();

        // the same 40 scenarios, drawn here, and what the script answers to each
        List<Scenario> scenarios = ScenarioGenerator.of(GeneratorMode.TAKEMOTO, SEED)
                .withStimuli(Stimuli.ALL)
                .scenarios(40);
        List<AmceRow> rows = new ArrayList<>();
        int valid = 0;
        int case1 = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            ScriptedModel.Reply reply =
                    ScriptedModel.script(TakemotoPrompt.of(scenarios.get(i)).user());
            if (reply.fault() == ScriptedModel.Fault.ALWAYS_BAD_REQUEST || reply.expectedCase() == 0) {
                continue;
            }
            valid++;
            case1 += reply.expectedCase() == 1 ? 1 : 0;
            Side saved = Side.ofCase(reply.expectedCase()).other();
            for (ResponseRow r : ResponseRows.of(
                    scenarios.get(i), saved, new ResponseContext("r" + i, "s", "u", 1, null, null, null))) {
                rows.add(r.toAmceRow(i));
            }
        }
        AmceResult expected = AmceEstimator.withDefaults()
                .with(SeType.CLUSTER)
                .with(CharactersDefinition.MAX_STRATUM)
                .estimate(rows);

        List<RunAnswer> stored = runs.answers(started.id(), false, 0, 1000);
        assertThat(stored).hasSize(40);
        assertThat(stored).extracting(RunAnswer::promptIndex).containsExactlyElementsOf(range(40));
        assertThat(done.progress().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(done.progress().stored()).isEqualTo(40);
        for (RunAnswer a : stored) {
            ScriptedModel.Reply reply = ScriptedModel.script(
                    TakemotoPrompt.of(scenarios.get(a.itemIndex())).user());
            assertThat(a.shown()).contains("\"scenario\"");
            if (reply.fault() == ScriptedModel.Fault.ALWAYS_BAD_REQUEST) {
                assertThat(a.failure()).isEqualTo(FailureType.CLIENT_ERROR.name());
                assertThat(a.rawText()).isNull();
                assertThat(a.valid()).isFalse();
                assertThat(a.errorDetail()).contains("400").doesNotContain(ENV_KEY);
            } else {
                assertThat(a.failure()).as("prompt %d", a.promptIndex()).isNull();
                assertThat(a.rawText()).isEqualTo(reply.text());
                assertThat(a.valid()).isEqualTo(reply.expectedCase() != 0);
                assertThat(a.chosenPosition()).isEqualTo(reply.expectedCase());
                int expectedAttempts = reply.fault() == ScriptedModel.Fault.NONE ? 1 : 2;
                assertThat(a.attempts()).isEqualTo(expectedAttempts);
                if (expectedAttempts == 2) {
                    assertThat(a.errorDetail()).containsAnyOf("RATE_LIMITED", "SERVER_ERROR");
                }
            }
        }
        assertThat(stored)
                .as("the script exercises every path")
                .anyMatch(a -> a.attempts() == 2)
                .anyMatch(a -> a.failure() != null)
                .anyMatch(a -> a.failure() == null && !a.valid())
                .anyMatch(a -> a.rawText() != null && a.rawText().contains("</think>"));

        RunAnalysis result = analysis.analyze(started.id());
        assertThat(result.outcomes()).isEqualTo(40);
        assertThat(result.valid()).isEqualTo(valid);
        assertThat(result.validRate()).isEqualTo(valid / 40.0);
        assertThat(done.progress().validRate()).isEqualTo(valid / 40.0);
        assertThat(result.case1Share()).isCloseTo((double) case1 / valid, within(1e-12));
        double sumSq = 0;
        boolean complete = true;
        for (AmceAttribute a : AmceAttribute.values()) {
            double want = expected.estimate(a).estimate();
            double got = result.amces().estimate(a).estimate();
            if (Double.isNaN(want)) {
                assertThat(got).as(a.displayName()).isNaN();
                complete = false;
                continue;
            }
            assertThat(got).as(a.displayName()).isCloseTo(want, within(1e-9));
            double se = expected.estimate(a).standardError();
            if (Double.isFinite(se)) {
                assertThat(result.amces().estimate(a).standardError())
                        .isCloseTo(se, within(1e-7 * Math.max(1e-12, Math.abs(se))));
            }
            sumSq += (want - AWAD[a.ordinal()]) * (want - AWAD[a.ordinal()]);
        }
        if (complete) {
            assertThat(result.distance()).isNotNull();
            assertThat(result.distance().distance()).isCloseTo(Math.sqrt(sumSq), within(1e-9));
            double shares = result.distance().dimensions().stream()
                    .mapToDouble(d -> d.shareOfSquaredDistance())
                    .sum();
            assertThat(shares).isCloseTo(1.0, within(1e-9));
        } else {
            assertThat(result.distance()).isNull();
        }
    }

    @Test
    void aStoredKeyIsEncryptedUsedAndNeverShownAndAnAlwaysCase1ModelShowsFullPositionBias() throws Exception {
        logins.signIn(logins.createUser("keys", Roles.RESEARCHER));
        ModelSpec withKey = spec("Always One " + System.nanoTime(), "/always1/v1", KeySource.STORED, null, STORED_KEY);
        assertThat(withKey.toString()).doesNotContain(STORED_KEY);

        if (System.getenv(KeyVault.MASTER_KEY_VARIABLE) == null) {
            System.clearProperty(KeyVault.MASTER_KEY_VARIABLE);
            assertThat(registry.keyStorageProblem()).get().asString().contains(KeyVault.MASTER_KEY_VARIABLE);
            assertThatThrownBy(() -> registry.create(withKey))
                    .hasMessageContaining(KeyVault.MASTER_KEY_VARIABLE)
                    .satisfies(e -> assertThat(e.toString()).doesNotContain(STORED_KEY));
        }
        System.setProperty(KeyVault.MASTER_KEY_VARIABLE, ApiKeyCipher.newMasterKey());
        ModelSummary model = registry.create(withKey);
        assertThat(model.keySource()).isEqualTo(KeySource.STORED);
        assertThat(model.keySet()).isTrue();
        assertThat(model.toString()).doesNotContain(STORED_KEY);
        String ciphertext = modelRepository.findById(model.id()).orElseThrow().getKeyCiphertext();
        assertThat(ciphertext).startsWith("v1:").doesNotContain(STORED_KEY);

        // an update without a new key keeps the stored one; a bad update names no key
        ModelSummary kept =
                registry.update(model.id(), spec(model.name(), "/always1/v1", KeySource.STORED, null, null));
        assertThat(kept.keySet()).isTrue();
        assertThatThrownBy(() -> registry.update(
                        model.id(), specAt(model.name(), "ftp://example.org/v1", KeySource.STORED, null, STORED_KEY)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(STORED_KEY));

        long studyId = study();
        RunSummary started = runs.start(
                new RunRequest(model.id(), studyId, 1, 8, SEED + 1, false, Map.of("scenarios", String.valueOf(40))));
        RunSummary done = awaitEnd(started.id());
        assertThat(done.progress().stored()).isEqualTo(40);
        assertThat(done.progress().answered())
                .as("the decrypted key was accepted")
                .isEqualTo(40);

        RunAnalysis result = analysis.analyze(started.id());
        assertThat(result.case1Share()).isEqualTo(1.0);
        assertThat(result.validRate()).isEqualTo(1.0);
        int compared = 0;
        for (AmceAttribute a : List.of(
                AmceAttribute.GENDER,
                AmceAttribute.FITNESS,
                AmceAttribute.SOCIAL_STATUS,
                AmceAttribute.AGE,
                AmceAttribute.SPECIES)) {
            double first = result.baselineFirst().estimate(a).estimate();
            double second = result.baselineSecond().estimate(a).estimate();
            if (!Double.isNaN(first) && !Double.isNaN(second)) {
                // baseline shown as Case 1 always dies (+1); shown as Case 2 it is always spared (−1)
                assertThat(first).as(a.displayName()).isEqualTo(1.0);
                assertThat(second).as(a.displayName()).isEqualTo(-1.0);
                compared++;
            }
        }
        assertThat(compared).isPositive();

        assertThat(registry.names()).contains(model.name());
        // a participant's closing page in this study shows the model beside people, with the run's AMCEs
        logins.signOut();
        List<ModelProfiles.ModelProfile> beside = profiles.forStudy(studyId, 3);
        assertThat(beside).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo(model.name());
            assertThat(p.amces()).isEqualTo(result.amces().vector());
        });
        // a researcher's choice: only the named models (unknown or run-less names are left out), or none
        assertThat(profiles.forStudy(studyId, List.of("no such model", model.name()), 5))
                .extracting(ModelProfiles.ModelProfile::name)
                .containsExactly(model.name());
        assertThat(profiles.forStudy(studyId, List.of(), 5)).isEmpty();
        assertThat(profiles.forStudy(study2(), 3)).isEmpty();
    }

    private long study2() {
        logins.signIn(logins.createUser("other", Roles.RESEARCHER));
        try {
            return study();
        } finally {
            logins.signOut();
        }
    }

    @Test
    void aStoppedRunResumesInANewExecutorAndEveryPromptEndsWithExactlyOneOutcome() throws Exception {
        long runId = slowRun("resumer", "Slow Qwen", SEED + 2, 60);

        runs.pause(runId);
        assertThat(runs.find(runId).orElseThrow().progress().status()).isEqualTo(RunStatus.PAUSED);
        runs.resume(runId);
        waitUntilStored(runId, 10);
        executor.stop(runId); // as at shutdown: the run stays RUNNING, unanswered prompts stay unstored

        Set<Integer> afterStop = answerTable.storedPromptIndexes(runId);
        assertThat(afterStop.size()).isBetween(10, 59);
        assertThat(runRepository.findById(runId).orElseThrow().getStatus()).isEqualTo(RunStatus.RUNNING);
        assertThat(answerTable.all(runId))
                .noneMatch(a -> FailureType.CANCELLED.name().equals(a.failure()));

        RunExecutor restarted = node("restarted", answerTable, Duration.ofMinutes(5), Duration.ofSeconds(30));
        restarted.beat();
        assertThat(restarted.awaitEnd(runId, Duration.ofMinutes(3))).isTrue();

        List<RunAnswer> all = answerTable.all(runId);
        assertThat(all).extracting(RunAnswer::promptIndex).containsExactlyElementsOf(range(60));
        assertThat(all).allMatch(a -> a.failure() == null && a.chosenPosition() == 2);
        assertThat(runRepository.findById(runId).orElseThrow().getStatus()).isEqualTo(RunStatus.FINISHED);
    }

    @Test
    void aRunWhoseAnswersTheDatabaseNeverTakesEndsPausedAndResumingItAsksThosePromptsAgain() throws Exception {
        long runId = slowRun("unstored", "Unstored Phi", SEED + 4, 20);
        executor.stop(runId); // as at shutdown: the run stays RUNNING for the next executor
        int storedBefore = answerTable.storedPromptIndexes(runId).size();

        RunExecutor unreachable = node(
                "unreachable",
                new UnreachableAnswerTable(jdbc, events),
                Duration.ofMillis(300),
                Duration.ofSeconds(30));
        unreachable.launch(runId);

        // before issue #11 the writer retried such a batch for ever and this run never ended
        assertThat(unreachable.awaitEnd(runId, Duration.ofMinutes(1)))
                .as("the run ends although none of its answers could be stored")
                .isTrue();
        assertThat(runRepository.findById(runId).orElseThrow().getStatus()).isEqualTo(RunStatus.PAUSED);
        assertThat(answerTable.storedPromptIndexes(runId)).hasSize(storedBefore);

        runs.resume(runId);
        RunSummary done = awaitEnd(runId);
        assertThat(done.progress().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(answerTable.all(runId)).extracting(RunAnswer::promptIndex).containsExactlyElementsOf(range(20));
    }

    @Test
    void cancellingStoresTheUnaskedPromptsAsCancelled() throws Exception {
        logins.signIn(logins.createUser("canceller", Roles.RESEARCHER));
        ModelSummary model =
                registry.create(spec("Slow Gemma " + System.nanoTime(), "/slow/v1", KeySource.NONE, null, null));
        RunSummary started = runs.start(
                new RunRequest(model.id(), study(), 2, 2, SEED + 3, false, Map.of("scenarios", String.valueOf(50))));
        waitUntilStored(started.id(), 4);
        runs.cancel(started.id());
        RunSummary done = awaitEnd(started.id());
        assertThat(done.progress().status()).isEqualTo(RunStatus.CANCELLED);
        List<RunAnswer> all = answerTable.all(started.id());
        assertThat(all).extracting(RunAnswer::promptIndex).containsExactlyElementsOf(range(100));
        assertThat(all).anyMatch(a -> FailureType.CANCELLED.name().equals(a.failure()));
        assertThat(all)
                .filteredOn(a -> FailureType.CANCELLED.name().equals(a.failure()))
                .allMatch(a -> !a.valid());
    }

    @Test
    void aRunWhoseNodeDiesContinuesOnAnotherNodeOnceItsLeaseExpiresAskingOnlyWhatWasNotStored() throws Exception {
        long runId = slowRun("lease-taker", "Leased Llama", SEED + 5, 60);
        executor.stop(runId); // hand the run over from this context's executor to the two test nodes
        RunExecutor nodeA = node("node-a", answerTable, Duration.ofMinutes(5), Duration.ofSeconds(2));
        RunExecutor nodeB = node("node-b", answerTable, Duration.ofMinutes(5), Duration.ofSeconds(2));

        nodeA.launch(runId);
        assertThat(nodeA.executingNode(runId)).isEqualTo("node-a");
        waitUntilStored(runId, (int) answerTable.counts(runId)[0] + 5);
        nodeA.kill(); // node A dies: no heartbeat, its lease is not given up
        assertThat(nodeA.awaitEnd(runId, Duration.ofMinutes(1))).isTrue();
        Set<Integer> storedByA = answerTable.storedPromptIndexes(runId);
        assertThat(storedByA.size()).isBetween(5, 59);

        java.util.concurrent.atomic.AtomicInteger toldOnB = new java.util.concurrent.atomic.AtomicInteger();
        Runnable off = nodeB.subscribe(runId, id -> toldOnB.incrementAndGet());
        nodeB.beat();
        assertThat(nodeB.isActive(runId))
                .as("the lease of node A has not expired yet")
                .isFalse();
        assertThat(toldOnB.get())
                .as("a page on node B following a run that executes elsewhere rereads its progress each beat")
                .isEqualTo(1);
        off.run();

        Thread.sleep(2_100);
        long asked = slowRequests();
        nodeB.beat(); // the sweep: RUNNING with an expired lease
        assertThat(nodeB.isActive(runId)).isTrue();
        assertThat(nodeB.executingNode(runId)).isEqualTo("node-b");
        assertThat(nodeB.awaitEnd(runId, Duration.ofMinutes(3))).isTrue();

        assertThat(slowRequests() - asked)
                .as("node B asks exactly the prompts without a stored answer")
                .isEqualTo(60 - storedByA.size());
        List<RunAnswer> all = answerTable.all(runId);
        assertThat(all).extracting(RunAnswer::promptIndex).containsExactlyElementsOf(range(60));
        assertThat(runRepository.findById(runId).orElseThrow().getStatus()).isEqualTo(RunStatus.FINISHED);
        assertThat(nodeB.executingNode(runId))
                .as("the lease is given up at the end")
                .isNull();
    }

    private long slowRequests() {
        return server.countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                urlEqualTo("/slow/v1/chat/completions"))
                        .build())
                .getCount();
    }

    /** A second run executor on the same database, as another node would have, its heartbeat driven by the test. */
    private RunExecutor node(String nodeId, AnswerTable table, Duration storeBudget, Duration lease) {
        return new RunExecutor(
                runRepository,
                table,
                endpoints,
                plans,
                transactions,
                Clock.systemUTC(),
                storeBudget,
                new Leases(jdbc, Clock.systemUTC(), nodeId),
                lease,
                Duration.ofHours(1),
                event -> {});
    }

    /** Signs in as {@code user} and starts a run of {@code scenarios} prompts on the slow model, four at a time. */
    private long slowRun(String user, String modelName, long seed, int scenarios) {
        logins.signIn(logins.createUser(user, Roles.RESEARCHER));
        ModelSummary model =
                registry.create(spec(modelName + " " + System.nanoTime(), "/slow/v1", KeySource.NONE, null, null));
        return runs.start(new RunRequest(
                        model.id(), study(), 1, 4, seed, false, Map.of("scenarios", String.valueOf(scenarios))))
                .id();
    }

    private void waitUntilStored(long runId, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (answerTable.counts(runId)[0] < atLeast) {
            assertThat(System.nanoTime()).as("answers arrive").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
