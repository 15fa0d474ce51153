package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.participation.ProlificIds;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.utility.OutcomeUtility;
import org.moralbase.utility.UtilityExport;
import org.moralbase.utility.UtilityFit;
import org.moralbase.utility.UtilityKind;
import org.moralbase.utility.UtilityOutcomes;
import org.moralbase.utility.UtilityReport;
import org.moralbase.utility.UtilityResults;
import org.moralbase.utility.UtilitySettings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A utility study end to end (issue #14): bots take it in Chromium from Prolific links — clicking, and one of them
 * with the keyboard — each preferring the outcome with the higher rank; every stored vote is checked row by row in
 * the export; a WireMock model with the same preference answers the same pairs in both orders; the results page shows
 * people and the model, and both fits order the outcomes by rank.
 */
class UtilityBotBrowserIT extends BrowserTest {

    // rank = the number in the id: every bot and the model prefer the higher rank
    private static final String OUTCOMES = "id,description,category\n"
            + "o1,You lose your favourite pen.,small\n"
            + "o2,You find a coin on the street.,small\n"
            + "o3,You receive $50.,money\n"
            + "o4,You receive $5000.,money\n"
            + "o5,A new vaccine saves a million lives.,world\n"
            + "o6,All wars end for good.,world\n";
    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (String line : OUTCOMES.split("\n")) {
            if (line.startsWith("o")) {
                String[] f = line.split(",");
                RANK.put(f[1], Integer.parseInt(f[0].substring(1)));
            }
        }
    }

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    UtilityOutcomes outcomes;

    @Autowired
    UtilityExport export;

    @Autowired
    UtilityResults results;

    @Autowired
    org.moralbase.utility.UtilityResultFiles files;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunExecutor executor;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        ScriptedModels.preferringHigherRank(server, "/ranked/v1", RANK, "B."); // the stub of the highest rank wins
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
    void botsAndAModelAnswerTheSamePairsAndTheResultsShowBoth() throws Exception {
        String researcher = logins.createUser("uta", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Preferences over outcomes bot", UtilityKind.ID);
        assertThat(outcomes.importOutcomes(study.id(), DatasetSource.ofText("outcomes.csv", OUTCOMES)))
                .isEqualTo(6);
        studies.updateSettings(study.id(), new UtilitySettings(5, 2, false, null).toJson());
        studies.updateRecruitment(
                study.id(),
                new org.moralbase.study.RecruitmentSettings(
                        org.moralbase.study.Recruitment.PROLIFIC, null, "UTBOT1", null));
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();

        for (int bot = 1; bot <= 3; bot++) {
            Selenide.open("/take/" + study.publicCode() + ProlificIds.query("ut-bot-" + bot, "s1", "x" + bot));
            $("#ut-consent").shouldBe(visible);
            $("#ut-consent-agree").click();
            for (int position = 1; position <= 5; position++) {
                $("#ut-pair-" + position).shouldBe(visible);
                $("#ut-progress").shouldHave(text("Pair " + position + " of 5"));
                String a = $("#ut-option-a").getText();
                String b = $("#ut-option-b").getText();
                boolean chooseA = RANK.get(a) > RANK.get(b);
                if (bot == 3) {
                    Selenide.actions().sendKeys(chooseA ? "a" : "b").perform(); // the keyboard
                } else {
                    $(chooseA ? "#ut-choose-a" : "#ut-choose-b").click();
                }
            }
            $("#ut-done").shouldBe(visible);
            $("#completion-code").shouldHave(text("UTBOT1"));
            if (bot == 1) {
                Selenide.screenshot("utility-done");
            }
            Selenide.closeWebDriver();
        }

        ModelSummary model = logins.asResult(
                researcher,
                () -> registry.create(ScriptedModels.at(
                        server.baseUrl() + "/ranked/v1", "Ranked model " + System.nanoTime() % 100_000)));
        RunSummary run = logins.asResult(
                researcher, () -> runs.start(new RunRequest(model.id(), study.id(), 1, 4, 5L, true, Map.of())));
        assertThat(executor.awaitEnd(run.id(), Duration.ofMinutes(2))).isTrue();

        // every vote, row by row: the higher rank chosen, as shown
        String csv = logins.asResult(researcher, () -> export.votesCsv(study.id()));
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(15);
        Map<String, Integer> rankById = Map.of("o1", 1, "o2", 2, "o3", 3, "o4", 4, "o5", 5, "o6", 6);
        Map<String, Set<String>> anchorsBy = new HashMap<>();
        for (CSVRecord r : rows) {
            String higher = rankById.get(r.get("option_a")) > rankById.get(r.get("option_b"))
                    ? r.get("option_a")
                    : r.get("option_b");
            assertThat(r.get("chosen")).isEqualTo(higher);
            assertThat(r.get("choice")).isEqualTo(higher.equals(r.get("option_a")) ? "A" : "B");
            assertThat(r.get("source")).isEqualTo("PROLIFIC");
            assertThat(r.get("session_status")).isEqualTo("COMPLETED");
            if (r.get("anchor").equals("yes")) {
                anchorsBy
                        .computeIfAbsent(r.get("external_id"), k -> new HashSet<>())
                        .add(pairKey(r.get("option_a"), r.get("option_b")));
            }
        }
        assertThat(anchorsBy).hasSize(3);
        assertThat(new HashSet<>(anchorsBy.values())).hasSize(1); // the same two anchors for everyone
        assertThat(anchorsBy.values().iterator().next()).hasSize(2);

        UtilityReport report = logins.asResult(researcher, () -> results.report(study.id()));
        assertThat(report.people().votes()).isEqualTo(15);
        assertThat(report.models()).extracting(UtilityFit::label).containsExactly(model.name());
        assertIncreasingWithRank(report.models().getFirst());
        assertThat(report.agreement().getFirst().majorityAccuracy()).isEqualTo(1.0);
        assertThat(report.unparseableRule()).contains("dropped");

        Selenide.open("/");
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + study.id() + "/utilities");
        $("#utilities-fits").shouldHave(text("People")).shouldHave(text(model.name()));
        $("#utilities-ladder svg").shouldBe(visible);
        $("#utilities-agreement").shouldHave(text(model.name()));
        $("#utilities-scatter svg").shouldBe(visible);
        $("#utilities-rule").shouldHave(text("dropped"));
        Selenide.screenshot("utility-results");

        // the model's utilities as a published results file, imported back beside the people
        String modelJson = logins.asResult(researcher, () -> files.modelJson(study.id(), model.name()));
        java.nio.file.Path published =
                java.nio.file.Files.createTempDirectory("published").resolve("results_scripted.json");
        java.nio.file.Files.writeString(published, modelJson);
        $("#published-utilities").scrollIntoView("{block: 'center'}").click();
        $(Selectors.shadowCss("input[type='file']", "#published-file-upload")).uploadFile(published.toFile());
        $("#published-file-upload vaadin-upload-file[complete]").should(exist);
        $("#published-import").scrollIntoView("{block: 'center'}").click();
        $("#published-problems").shouldHave(text("'scripted' imported: 6 outcomes of the file's 6"));
        $("#published-list").shouldHave(text("results_scripted.json"));
        $("#utilities-fits").shouldHave(text("scripted (published)"));
        $("#utilities-agreement").shouldHave(text("scripted (published)"));
        UtilityReport withPublished = logins.asResult(researcher, () -> results.report(study.id()));
        UtilityFit copy = withPublished.models().get(1);
        assertThat(copy.label()).isEqualTo("scripted (published)");
        for (int i = 0; i < copy.utilities().size(); i++) { // the model's own fit, read back from its file
            assertThat(copy.utilities().get(i).mean())
                    .isCloseTo(
                            withPublished.models().getFirst().utilities().get(i).mean(), within(1e-9));
        }
        Selenide.screenshot("utility-results-published");
        WebDriverRunner.getWebDriver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Selenide.screenshot("utility-results-phone");
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** A model that always prefers the higher rank fits utilities that rise with the rank. */
    private static void assertIncreasingWithRank(UtilityFit fit) {
        List<OutcomeUtility> u = fit.utilities();
        for (int i = 1; i < u.size(); i++) {
            assertThat(u.get(i).mean())
                    .as(u.get(i).key())
                    .isGreaterThan(u.get(i - 1).mean());
        }
    }
}
