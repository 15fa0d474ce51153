package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunSummary;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.moralgraph.GraphReport;
import org.moralbase.moralgraph.ValuesCardExport;
import org.moralbase.moralgraph.ValuesCardGraph;
import org.moralbase.moralgraph.ValuesCardImport;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.moralgraph.ValuesCardSettings;
import org.moralbase.participation.ProlificIds;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A values-card study end to end (issue #15): three bots take it in Chromium from Prolific links, each writing a card
 * (the first is refused without a title, the field marked) and voting "upgrade" on every transition — by click, and
 * one by keyboard; every stored card and vote is checked row by row in the exports, and the graph page draws the
 * graph and ranks its cards.
 */
class ValuesCardBotBrowserIT extends BrowserTest {

    // three imported cards, so every bot has peers to vote on
    private static final String GRAPH = "{\"values\": ["
            + "{\"id\": 1, \"title\": \"Informed autonomy\", \"description\": \"Help people choose for themselves.\","
            + " \"policies\": [\"What they already know\", \"What they fear\", \"Who else is affected\"]},"
            + "{\"id\": 2, \"title\": \"Gentle care\", \"description\": \"Look after the person first.\","
            + " \"policies\": [\"Their distress\", \"Who supports them\", \"What they can bear now\"]},"
            + "{\"id\": 3, \"title\": \"Plain honesty\", \"description\": \"Say what is true.\","
            + " \"policies\": [\"The facts\", \"What is uncertain\", \"What was promised\"]}],"
            + " \"edges\": []}";

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ValuesCardImport imports;

    @Autowired
    ValuesCardExport export;

    @Autowired
    ValuesCardGraph graphs;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunExecutor executor;

    static WireMockServer server;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // the model always finds value Y wiser: it names whichever option says so
        server.stubFor(post(urlEqualTo("/wiser/v1/chat/completions"))
                .withRequestBody(containing("Option A: Yes, value Y is wiser."))
                .willReturn(okJson(ProviderJson.openAi("Option A", "stop", 60, 1))));
        server.stubFor(post(urlEqualTo("/wiser/v1/chat/completions"))
                .withRequestBody(containing("Option B: Yes, value Y is wiser."))
                .willReturn(okJson(ProviderJson.openAi("Option B.", "stop", 60, 1))));
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
    void botsWriteCardsVoteOnTransitionsAndTheGraphPageRanksTheCards() throws Exception {
        String researcher = logins.createUser("vca", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Values cards bot", ValuesCardKind.ID);
        imports.importGraph(study.id(), DatasetSource.ofText("graph.json", GRAPH));
        studies.updateSettings(
                study.id(),
                new ValuesCardSettings(
                                "How should a chatbot answer someone asking about a hard diagnosis?",
                                List.of("When the person is calm", "When the person is in distress"),
                                2,
                                null,
                                null)
                        .toJson());
        studies.updateRecruitment(
                study.id(),
                new org.moralbase.study.RecruitmentSettings(
                        org.moralbase.study.Recruitment.PROLIFIC, null, "VCBOT1", null));
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();

        for (int bot = 1; bot <= 3; bot++) {
            Selenide.open("/take/" + study.publicCode() + ProlificIds.query("vc-bot-" + bot, "s1", "x" + bot));
            $("#vc-consent").shouldBe(visible);
            $("#vc-consent-agree").click();
            $("#vc-card-form").shouldBe(visible);
            if (bot == 1) {
                $("#vc-card-description textarea").setValue("Tell the truth at a pace the person can take.");
                $("#vc-card-policies textarea").setValue("What they ask\nWhat they can bear\nWho is with them");
                $("#vc-card-save").click();
                $("#vc-card-title").shouldHave(attribute("invalid")); // no title: refused, the field marked
                $("#vc-card-form").shouldBe(visible);
                Screenshots.desktopAndPhone("values-card-form");
            } else {
                $("#vc-card-description textarea").setValue("Bot " + bot + " values clarity.");
                $("#vc-card-policies textarea").setValue("One thing\nAnother thing\nA third thing");
            }
            $("#vc-card-title input").setValue("Bot value " + bot);
            $("#vc-card-save").click();
            for (int position = 2; position <= 3; position++) {
                $("#vc-transition-" + position).shouldBe(visible);
                $("#vc-progress").shouldHave(text("Transition " + (position - 1) + " of 2"));
                $("#vc-from-title").shouldNotHave(text("Bot value " + bot)); // peers' cards only
                $("#vc-to-title").shouldNotHave(text("Bot value " + bot));
                if (bot == 1 && position == 2) {
                    // the kind's style sheet reaches anonymous participants: the two cards side by side
                    assertThat($(".mb-vc-pair").getCssValue("display")).isEqualTo("grid");
                    Screenshots.desktopAndPhone("values-card-transition");
                }
                if (bot == 3) {
                    Selenide.actions().sendKeys("1").perform(); // the keyboard: 1 is "upgrade"
                } else {
                    $("#vc-vote-upgrade").click();
                }
            }
            $("#vc-done").shouldBe(visible);
            $("#completion-code").shouldHave(text("VCBOT1"));
            Selenide.closeWebDriver();
        }

        List<CSVRecord> votes = parse(logins.asResult(researcher, () -> export.votesCsv(study.id())));
        assertThat(votes).hasSize(6);
        for (CSVRecord r : votes) {
            assertThat(r.get("type")).isEqualTo("upgrade");
            assertThat(r.get("source")).isEqualTo("PROLIFIC");
            assertThat(r.get("session_status")).isEqualTo("COMPLETED");
            assertThat(r.get("position")).isIn("2", "3");
            assertThat(r.get("context")).startsWith("When the person is");
            assertThat(r.get("from_id")).isNotEqualTo(r.get("to_id"));
        }
        List<CSVRecord> cards = parse(logins.asResult(researcher, () -> export.cardsCsv(study.id())));
        assertThat(cards)
                .extracting(r -> r.get("title"))
                .containsExactly(
                        "Informed autonomy",
                        "Gentle care",
                        "Plain honesty",
                        "Bot value 1",
                        "Bot value 2",
                        "Bot value 3");
        assertThat(cards.get(3).get("policies")).isEqualTo("What they ask\nWhat they can bear\nWho is with them");

        // a model asked the same transitions, in both orders: every answer an upgrade
        ModelSummary model = logins.asResult(
                researcher,
                () -> registry.create(ScriptedModels.at(
                        server.baseUrl() + "/wiser/v1", "Wiser model " + System.nanoTime() % 100_000)));
        RunSummary run = logins.asResult(
                researcher, () -> runs.start(new RunRequest(model.id(), study.id(), 1, 4, 5L, true, Map.of())));
        assertThat(executor.awaitEnd(run.id(), Duration.ofMinutes(2))).isTrue();
        GraphReport report = logins.asResult(researcher, () -> graphs.report(study.id()));
        assertThat(report.models()).hasSize(1);
        var modelGraph = report.models().getFirst();
        assertThat(modelGraph.label()).isEqualTo("Model: " + model.name());
        assertThat(modelGraph.graph().votes()).isEqualTo(2 * 6); // 6 distinct transitions (no pair twice per bot)
        modelGraph.graph().allEdges().stream()
                .filter(e -> e.counts().markedNotWiser() > 0)
                .forEach(e ->
                        assertThat(e).as("no answer may read as 'not wiser'").isNull());

        Selenide.open("/");
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + study.id() + "/vc-graph");
        $("#vc-graph-summary").shouldHave(text("6 cards, 6 votes"));
        $("#vc-graph-pooled svg").shouldBe(visible);
        $("#vc-graph-pooled-top").shouldBe(visible);
        $("#vc-graph-model-1 svg").shouldBe(visible);
        Screenshots.desktopAndPhoneWholePage("values-card-graph");
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
