package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.cssValue;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunSummary;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.participation.ProlificIds;
import org.moralbase.questionnaire.QuestionnaireExport;
import org.moralbase.questionnaire.QuestionnaireItems;
import org.moralbase.questionnaire.QuestionnaireKind;
import org.moralbase.questionnaire.QuestionnaireReport;
import org.moralbase.questionnaire.QuestionnaireResults;
import org.moralbase.questionnaire.SubscaleScores;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A questionnaire end to end (issue #15) on the demo bank: three bots take it in Chromium from Prolific links — one
 * clicking, one with the number keys, one failing the attention item and screened out there; every stored answer is
 * checked row by row in the export; a WireMock model answers every item (numbers, labels, one unreadable answer); the
 * scores page and the run page show the model. Screenshots of an item at 1280×800 and 390×844.
 */
class QuestionnaireBotBrowserIT extends BrowserTest {

    /** The demo bank: text → item id, in bank order. */
    private static final Map<String, String> KEY_BY_TEXT = new LinkedHashMap<>();

    private static final List<String> KEYS = new ArrayList<>();

    /** What the model answers per item (risk1's answer is unreadable: a number with a label). */
    private static final Map<String, String> MODEL = new LinkedHashMap<>();

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    QuestionnaireItems items;

    @Autowired
    QuestionnaireExport export;

    @Autowired
    QuestionnaireResults results;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        try (var in = QuestionnaireItems.class.getResourceAsStream("/org/moralbase/questionnaire/demo-items.csv")) {
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                KEY_BY_TEXT.put(r.get("text"), r.get("item_id"));
                KEYS.add(r.get("item_id"));
            }
        }
        for (String key : KEYS) {
            MODEL.put(
                    key,
                    key.startsWith("risk")
                            ? (key.equals("risk4") ? "2" : "6.")
                            : key.startsWith("harm") ? "3" : key.startsWith("fair") ? "Somewhat agree" : "Agree");
        }
        MODEL.put("risk1", "6 (Agree)");
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        KEY_BY_TEXT.forEach((itemText, key) -> server.stubFor(post(urlEqualTo("/likert/v1/chat/completions"))
                // the attention item's text has quotes, escaped in the JSON body: match a part without them
                .withRequestBody(containing(key.equals("check1") ? "reading carefully" : itemText))
                .willReturn(okJson(ProviderJson.openAi(MODEL.get(key), "stop", 60, 1)))));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    /** What bot {@code bot} answers to an item: the attention item as asked (bot 3: wrongly), else a spread. */
    private static int point(int bot, String key) {
        if (key.equals("check1")) {
            return bot == 3 ? 1 : 6;
        }
        return (KEYS.indexOf(key) + bot) % 7 + 1;
    }

    @Test
    void botsAndAModelAnswerTheItemsAndTheScoresShowBoth() throws Exception {
        String researcher = logins.createUser("qbot", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Questionnaire bot", QuestionnaireKind.ID);
        assertThat(items.importDemo(study.id())).isEqualTo(13);
        studies.updateRecruitment(
                study.id(),
                new org.moralbase.study.RecruitmentSettings(
                        org.moralbase.study.Recruitment.PROLIFIC, null, "QBOT1", null));
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();

        Map<Integer, Integer> answeredBy = new LinkedHashMap<>();
        for (int bot = 1; bot <= 3; bot++) {
            Selenide.open("/take/" + study.publicCode() + ProlificIds.query("q-bot-" + bot, "s1", "x" + bot));
            $("#q-consent").shouldBe(visible);
            $("#q-consent-agree").click();
            int answered = 0;
            for (int position = 1; position <= 13; position++) {
                $("#q-item-" + position).shouldBe(visible);
                $("#q-progress").shouldHave(text("Item " + position + " of 13"));
                String key = KEY_BY_TEXT.get($("#q-item-text").getText());
                assertThat(key).as("item text on the page").isNotNull();
                if (bot == 1 && position == 1) {
                    // the kind's style sheet reaches an anonymous participant
                    $(".mb-q-scale").shouldHave(cssValue("display", "grid"));
                    screenshots();
                }
                int p = point(bot, key);
                if (bot == 2) {
                    Selenide.actions().sendKeys(Integer.toString(p)).perform(); // the keyboard
                } else {
                    $("#q-point-" + p).click();
                }
                answered++;
                if (bot == 3 && key.equals("check1")) {
                    break;
                }
            }
            answeredBy.put(bot, answered);
            if (bot == 3) {
                $("#q-screened-out").shouldBe(visible);
            } else {
                $("#q-done").shouldBe(visible);
                $("#completion-code").shouldHave(text("QBOT1"));
            }
            Selenide.closeWebDriver();
        }

        ModelSummary model = logins.asResult(
                researcher,
                () -> registry.create(ScriptedModels.at(
                        server.baseUrl() + "/likert/v1", "Likert model " + System.nanoTime() % 100_000)));
        RunSummary run = logins.asResult(
                researcher, () -> runs.start(new RunRequest(model.id(), study.id(), 1, 4, 5L, false, Map.of())));
        assertThat(executor.awaitEnd(run.id(), Duration.ofMinutes(2))).isTrue();

        // every answer, row by row
        String csv = logins.asResult(researcher, () -> export.answersCsv(study.id()));
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(13 + 13 + answeredBy.get(3));
        for (CSVRecord r : rows) {
            int bot = java.util.stream.IntStream.rangeClosed(1, 3)
                    .filter(n -> ProlificIds.of("q-bot-" + n).equals(r.get("external_id")))
                    .findFirst()
                    .orElseThrow();
            assertThat(Integer.parseInt(r.get("value"))).as(r.toString()).isEqualTo(point(bot, r.get("item")));
            assertThat(r.get("source")).isEqualTo("PROLIFIC");
            assertThat(r.get("session_status")).isEqualTo(bot == 3 ? "SCREENED_OUT" : "COMPLETED");
            if (r.get("item").equals("check1")) {
                assertThat(r.get("attention_passed")).isEqualTo(bot == 3 ? "no" : "yes");
            }
        }

        QuestionnaireReport report = logins.asResult(researcher, () -> results.report(study.id()));
        assertThat(report.people()).isEqualTo(2);
        assertThat(report.screenedOut()).isEqualTo(1);
        assertThat(report.models()).containsExactly(model.name());
        Map<String, Double> modelMeans = new LinkedHashMap<>();
        for (SubscaleScores s : report.subscales()) {
            modelMeans.put(s.subscale(), s.models().get(model.name()).mean());
        }
        // risk: risk2 6, risk3 6, risk4 2 reversed to 6 (risk1 unreadable); harm: 3, 5, 3, 5 (harm2, harm4
        // reversed); fairness: 5, 5, 3 (fair3 reversed), 5
        assertThat(modelMeans.get("risk")).isCloseTo(6.0, within(1e-12));
        assertThat(modelMeans.get("harm")).isCloseTo(4.0, within(1e-12));
        assertThat(modelMeans.get("fairness")).isCloseTo(4.5, within(1e-12));
        assertThat(report.items().getFirst().models().get(model.name()).unreadable())
                .isEqualTo(1);
        assertThat(report.items().getLast().models().get(model.name()).counts()[5])
                .isEqualTo(1); // "Agree", point 6

        Selenide.open("/");
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + study.id() + "/q-scores");
        $("#q-subscales").shouldHave(text("People")).shouldHave(text(model.name()));
        $("#q-profile svg").shouldBe(visible);
        $("#q-items-scores").shouldHave(text("unreadable"));
        Screenshots.desktopAndPhoneWholePage("questionnaire-scores");
        Selenide.open("/models/runs/" + run.id());
        $("#run-position-bias").shouldHave(text("point 6"));
        $("#run-answers").shouldHave(text("point"));
        Selenide.screenshot("questionnaire-run");
        // the monitor: each bot's attention item, bot 3's failed
        Selenide.open("/studies/" + study.id() + "/participants");
        $("#monitor-grid").shouldHave(text("Attention checks")).shouldHave(text("1 failed of 1"));
        $("#monitor-grid").shouldHave(text("1 passed"));
        Screenshots.desktopAndPhone("questionnaire-monitor");
    }

    /** The first item at 1280×800 and at 390×844 (a phone), for a look at the scale's buttons. */
    private static void screenshots() {
        var window = WebDriverRunner.getWebDriver().manage().window();
        Dimension before = window.getSize();
        window.setSize(new Dimension(1280, 800));
        Selenide.sleep(400);
        Selenide.screenshot("questionnaire-item-1280x800");
        window.setSize(new Dimension(390, 844));
        Selenide.sleep(400);
        Selenide.screenshot("questionnaire-item-390x844");
        window.setSize(before);
        Selenide.sleep(300);
    }
}
