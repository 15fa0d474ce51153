package org.moralbase.models;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairModels;
import org.moralbase.choicepair.ItemModelShare;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dvb.DeepValue;
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.dvb.DvbBuildRequest;
import org.moralbase.dvb.DvbContext;
import org.moralbase.dvb.DvbItems;
import org.moralbase.dvb.DvbResults;
import org.moralbase.dvb.DvgrRow;
import org.moralbase.dvb.OptionTexts;
import org.moralbase.dvb.ShallowDimension;
import org.moralbase.dvb.ValuePair;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.models.runs.RunPlans;
import org.moralbase.moralmachine.comparison.ScalingService;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs over a study's own items, end to end: a WireMock server speaking the OpenAI chat API answers by the
 * option texts it is shown (so the expected tallies follow from the items alone), the real executor stores the
 * answers in MariaDB, and the choice-pair comparison and the DVGR page count them beside imported answers.
 */
class ItemRunsIT extends IntegrationTest {

    private static final String PAIRS = "id,context,option_a,option_b\n"
            + "k1,You found a wallet.,Return the wallet,Keep the wallet\n"
            + "k2,A friend asks about a bad gift.,Tell the truth,Keep quiet\n"
            + "k3,Your colleague cheats.,Report the colleague,Say nothing\n";
    private static final String DEEP_TEXT = "Keeps the promise, seriously";

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
    RunAnswerExport export;

    @Autowired
    RunExecutor executor;

    @Autowired
    RunPlans plans;

    @Autowired
    org.moralbase.models.domain.ModelRunRepository runRepository;

    @Autowired
    ChoicePairItems pairItems;

    @Autowired
    ChoicePairModels pairModels;

    @Autowired
    DvbItems dvbItems;

    @Autowired
    DvbResults dvbResults;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // "first": always the option shown first, whatever it says
        server.stubFor(post(urlEqualTo("/first/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi("Option A", "stop", 50, 2))));
        // "content": the option by its text; refuses k3; on DVB items the deep-value option
        String content = "/content/v1/chat/completions";
        server.stubFor(post(urlEqualTo(content))
                .atPriority(9)
                .willReturn(okJson(ProviderJson.openAi("I cannot choose between these.", "stop", 50, 6))));
        for (String text : List.of("Return the wallet", "Tell the truth", DEEP_TEXT)) {
            server.stubFor(post(urlEqualTo(content))
                    .atPriority(1)
                    .withRequestBody(containing("Option A: " + text))
                    .willReturn(okJson(ProviderJson.openAi("<think>The first one.</think>Option A", "stop", 50, 9))));
            server.stubFor(post(urlEqualTo(content))
                    .atPriority(1)
                    .withRequestBody(containing("Option B: " + text))
                    .willReturn(okJson(ProviderJson.openAi("option b.", "stop", 50, 3))));
        }
        // the released DVB prompts of the fixture: p-1 expects Option B, "2" expects Option A
        server.stubFor(post(urlEqualTo(content))
                .atPriority(2)
                .withRequestBody(containing("A user chose..."))
                .willReturn(okJson(ProviderJson.openAi("Option B", "stop", 50, 2))));
        server.stubFor(post(urlEqualTo(content))
                .atPriority(2)
                .withRequestBody(containing("Second prompt"))
                .willReturn(okJson(ProviderJson.openAi("Option A", "stop", 50, 2))));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private ModelSummary model(String name, String path) {
        return registry.create(ScriptedModels.at(server.baseUrl() + path, name + " " + System.nanoTime()));
    }

    private RunSummary run(ModelSummary model, long studyId, int samples, boolean bothOrders) throws Exception {
        RunSummary started = runs.start(new RunRequest(model.id(), studyId, samples, 4, 77L, bothOrders, Map.of()));
        assertThat(executor.awaitEnd(started.id(), Duration.ofMinutes(2))).isTrue();
        return runs.find(started.id()).orElseThrow();
    }

    @Test
    void aChoicePairRunInBothOrdersIsComparedWithPeopleInTheItemsOwnLabels() throws Exception {
        logins.signIn(logins.createUser("ivy", Roles.RESEARCHER));
        long studyId =
                studies.create("Items asked of models", ChoicePairKind.ID).id();
        pairItems.importDataset(studyId, FormatChoice.DETECT, DatasetSource.ofText("pairs.csv", PAIRS));
        assertThat(runs.itemCount(studyId, Map.of())).isEqualTo(3);
        ModelSummary content = model("Content reader", "/content/v1");
        ModelSummary first = model("First picker", "/first/v1");

        RunSummary contentRun = run(content, studyId, 2, true);
        // 3 items x 2 orders x 2 samples, every prompt with one stored outcome
        assertThat(contentRun.progress().total()).isEqualTo(12);
        assertThat(contentRun.progress().stored()).isEqualTo(12);
        assertThat(contentRun.progress().valid()).isEqualTo(8);
        List<RunAnswer> stored = runs.answers(contentRun.id(), false, 0, 100);
        assertThat(stored).extracting(RunAnswer::itemKey).containsOnly("k1", "k2", "k3");
        assertThat(stored).extracting(RunAnswer::shownOrder).containsOnly("AB", "BA");
        assertThat(stored.stream().filter(a -> "k1".equals(a.itemKey())))
                .extracting(RunAnswer::chosenOption)
                .containsOnly("A");
        assertThat(stored.stream().filter(a -> "k1".equals(a.itemKey()) && "BA".equals(a.shownOrder())))
                .extracting(RunAnswer::chosenPosition)
                .containsOnly(2);
        // the published form: every prompt with what was asked and what came back
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        assertThat(export.write(contentRun.id(), csv)).isEqualTo(12);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(csv.toString(java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize(12);
        org.apache.commons.csv.CSVRecord k1Swapped = rows.stream()
                .filter(r -> r.get("item").equals("k1") && r.get("order_shown").equals("BA"))
                .findFirst()
                .orElseThrow();
        assertThat(k1Swapped.get("user_prompt"))
                .contains("Option A: Keep the wallet")
                .contains("Option B: Return the wallet");
        assertThat(k1Swapped.get("raw_answer")).isEqualTo("option b.");
        assertThat(k1Swapped.get("chosen_position")).isEqualTo("2");
        assertThat(k1Swapped.get("chosen_option")).isEqualTo("A");
        assertThat(rows.stream().filter(r -> r.get("item").equals("k3")))
                .allSatisfy(r -> assertThat(r.get("valid")).isEqualTo("false"));

        RunSummary firstRun = run(first, studyId, 1, true);
        assertThat(runs.firstShownShare(firstRun.id())).isEqualTo(1.0);
        assertThat(runs.firstShownShare(contentRun.id())).isEqualTo(0.5);

        Map<String, org.moralbase.choicepair.ModelShareSummary> summaries =
                pairModels.compare(studyId).models().stream()
                        .collect(Collectors.toMap(
                                org.moralbase.choicepair.ModelShareSummary::model, Function.identity()));
        org.moralbase.choicepair.ModelShareSummary c = summaries.get(content.name());
        assertThat(c.answers()).isEqualTo(12);
        assertThat(c.unparseable()).isEqualTo(4);
        Map<String, ItemModelShare> byItem = pairModels.compare(studyId).items().stream()
                .filter(r -> r.model().equals(content.name()))
                .collect(Collectors.toMap(ItemModelShare::itemKey, Function.identity()));
        assertThat(byItem.get("k1").modelShareA()).isEqualTo(1.0);
        assertThat(byItem.get("k2").modelShareA()).isEqualTo(1.0);
        assertThat(byItem.get("k3").parseable()).isZero();
        // always the first option, in both orders: half A, half B on every item
        assertThat(pairModels.compare(studyId).items().stream()
                        .filter(r -> r.model().equals(first.name())))
                .extracting(ItemModelShare::modelShareA)
                .containsOnly(0.5);
    }

    @Test
    void aDvbRunAsksReleasedPromptsAsWrittenAndBuiltItemsInBothOrders() throws Exception {
        logins.signIn(logins.createUser("dvbrunner", Roles.RESEARCHER));
        long studyId = studies.create("DVB asked of models", DeepValueKind.ID).id();
        dvbItems.importPrompts(studyId, Fixtures.source("dvb_prompts.json"), null);
        assertThat(dvbItems.build(studyId, built()).problems()).isEmpty();
        assertThat(runs.itemCount(studyId, Map.of())).isEqualTo(3);
        ModelSummary content = model("Deep reader", "/content/v1");
        ModelSummary first = model("First chooser", "/first/v1");

        // two released prompts once each, the built item in both orders
        RunSummary contentRun = run(content, studyId, 1, true);
        assertThat(contentRun.progress().total()).isEqualTo(4);
        RunSummary firstRun = run(first, studyId, 1, true);
        assertThat(firstRun.progress().valid()).isEqualTo(4);

        Map<String, DvgrRow> byModel = dvbResults.report(studyId).byModel().stream()
                .collect(Collectors.toMap(DvgrRow::group, Function.identity()));
        // the deep reader generalises every time
        assertThat(byModel.get(content.name()).models().successes()).isEqualTo(4);
        assertThat(byModel.get(content.name()).models().trials()).isEqualTo(4);
        // "Option A" always: p-1 (expects B) no, "2" (expects A) yes, the built item once in its two orders
        assertThat(byModel.get(first.name()).models().successes()).isEqualTo(2);
        assertThat(byModel.get(first.name()).models().trials()).isEqualTo(4);
    }

    @Test
    void aStudyWithoutItemsCannotBeRunAndItsRunsStayOutOfTheAmceComparison() throws Exception {
        logins.signIn(logins.createUser("empty", Roles.RESEARCHER));
        long studyId = studies.create("No items yet", ChoicePairKind.ID).id();
        ModelSummary first = model("Idle", "/first/v1");
        assertThatThrownBy(() -> runs.start(new RunRequest(first.id(), studyId, 1, 4, 1L, true, Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Study: it has no items a model can be asked yet");
        pairItems.importDataset(studyId, FormatChoice.DETECT, DatasetSource.ofText("pairs.csv", PAIRS));
        RunSummary done = run(first, studyId, 1, false);
        assertThat(done.progress().total()).isEqualTo(3);

        // a replayed start (same request key, same researcher) finds the run the first one started
        RunRequest once = new RunRequest(first.id(), studyId, 1, 4, 2L, false, Map.of());
        RunSummary started = runs.start(once, "start-run-key-1");
        assertThat(runs.start(once, "start-run-key-1").id()).isEqualTo(started.id());
        assertThat(executor.awaitEnd(started.id(), Duration.ofMinutes(2))).isTrue();
        assertThat(runRepository.countByStudyId(studyId)).isEqualTo(2);
        assertThatThrownBy(() -> runs.start(once, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Request key: 1 to 64 characters");
        assertThat(ScalingService.visibleRuns(runs, r -> true))
                .extracting(RunSummary::id)
                .doesNotContain(done.id());

        // items added later are not part of a run that already started: its rebuilt plan is unchanged
        List<String> before = plans.planOf(runRepository.findById(done.id()).orElseThrow()).prompts().stream()
                .map(p -> p.item().key() + p.order())
                .toList();
        pairItems.importDataset(
                studyId,
                FormatChoice.DETECT,
                DatasetSource.ofText("more.csv", "id,context,option_a,option_b\nk4,c,x,y\n"));
        assertThat(runs.itemCount(studyId, Map.of())).isEqualTo(4);
        assertThat(plans.planOf(runRepository.findById(done.id()).orElseThrow()).prompts().stream()
                        .map(p -> p.item().key() + p.order())
                        .toList())
                .isEqualTo(before);

        // a study that models were asked is not deleted (it would leave the runs without items); it can be archived
        assertThatThrownBy(() -> studies.delete(studyId))
                .hasMessageStartingWith("Delete: the study holds ")
                .hasMessageContaining("model run");
        assertThat(plans.planOf(runRepository.findById(done.id()).orElseThrow()).prompts())
                .hasSize(before.size());
    }

    private static DvbBuildRequest built() {
        return new DvbBuildRequest(
                new ValuePair(DeepValue.FIDELITY, "Keep promises.", DeepValue.JUSTICE, "Distribute fairly."),
                new ShallowDimension("Humor", "Humorous", "Serious"),
                new DvbContext("legal", "drafting contracts"),
                4,
                OptionTexts.of(
                        "Keeps the promise with a joke",
                        "Splits fairly and stays serious",
                        DEEP_TEXT,
                        "Splits fairly, with a joke"));
    }
}
