package org.moralbase.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunStatus;
import org.moralbase.models.RunSummary;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A model asked in active-learning rounds (Mazeika et al.'s procedure; decision 0025), against a WireMock model that
 * prefers the higher-ranked outcome: the first run asks a cycle through the six outcomes, each finished run starts
 * the next round by itself with pairs not asked before, until 2·N·log2 N pairs (here all 15) were asked; no pair is
 * asked twice; the fit orders the outcomes by rank.
 */
class ActiveLearningRunsIT extends IntegrationTest {

    private static final String OUTCOMES = "id,description\n"
            + "r1,You lose your favourite pen.\n"
            + "r2,You find a coin on the street.\n"
            + "r3,You receive $50.\n"
            + "r4,You receive $5000.\n"
            + "r5,A new vaccine saves a million lives.\n"
            + "r6,All wars end for good.\n";

    private static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    UtilityOutcomes outcomes;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunExecutor executor;

    @Autowired
    UtilityResults results;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        String[] lines = OUTCOMES.split("\n");
        for (int r = 1; r < lines.length; r++) {
            rank.put(lines[r].substring(lines[r].indexOf(',') + 1), r);
        }
        ScriptedModels.preferringHigherRank(server, "/ranked/v1", rank, "B");
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void eachRoundStartsTheNextWithNewPairsUntilEnoughWereAsked() throws Exception {
        String researcher = logins.createUser("alr", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Active learning", UtilityKind.ID);
        outcomes.importOutcomes(study.id(), DatasetSource.ofText("o.csv", OUTCOMES));
        studies.setStatus(study.id(), StudyStatus.OPEN);
        ModelSummary model = registry.create(
                ScriptedModels.at(server.baseUrl() + "/ranked/v1", "Ranked " + System.nanoTime() % 100_000));
        assertThat(runs.itemCount(study.id(), Map.of("design", "active", "roundPairs", "4")))
                .as("the dialog's count: the first round's cycle")
                .isEqualTo(6);

        RunSummary first = runs.start(
                new RunRequest(model.id(), study.id(), 1, 4, 9L, true, Map.of("design", "active", "roundPairs", "4")));
        assertThat(first.items()).isEqualTo(6);
        // rounds: 6 (cycle), then 4, 4 and the last 1 of the 15 pairs; each run starts when the one before finished
        List<RunSummary> chain = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            chain = runs.list(0, 200).stream()
                    .filter(r -> r.modelId() == model.id() && study.id() == r.studyId())
                    .sorted(java.util.Comparator.comparingLong(RunSummary::id))
                    .toList();
            if (chain.size() == 4 && chain.stream().allMatch(r -> r.progress().status() == RunStatus.FINISHED)) {
                break;
            }
            for (RunSummary r : chain) {
                executor.awaitEnd(r.id(), Duration.ofSeconds(5));
            }
            Thread.sleep(200);
        }
        assertThat(chain).extracting(RunSummary::items).containsExactly(6, 4, 4, 1);
        assertThat(chain).allMatch(r -> r.progress().status() == RunStatus.FINISHED);

        Set<String> asked = new HashSet<>();
        for (RunSummary r : chain) {
            for (String pair : r.settings().get("pairs").split("\n")) {
                assertThat(asked.add(pair)).as("asked once: " + pair).isTrue();
            }
        }
        assertThat(asked).hasSize(15);
        Thread.sleep(1500); // no fifth run follows the last
        assertThat(runs.list(0, 200).stream().filter(r -> r.modelId() == model.id()))
                .hasSize(4);

        UtilityFit fit = results.report(study.id()).models().getFirst();
        for (int i = 1; i < fit.utilities().size(); i++) {
            assertThat(fit.utilities().get(i).mean())
                    .as(fit.utilities().get(i).key())
                    .isGreaterThan(fit.utilities().get(i - 1).mean());
        }
    }
}
