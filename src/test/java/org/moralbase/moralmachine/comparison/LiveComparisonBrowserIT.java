package org.moralbase.moralmachine.comparison;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.e2e.BrowserTest;
import org.moralbase.e2e.LoginPage;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSpec;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.SimulatedAnswers;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.Participants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The comparison views follow new data by server push: the page stays open (a marker set in the browser
 * survives), answers are stored through the services, and the page changes by itself.
 */
class LiveComparisonBrowserIT extends BrowserTest {

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    ModelImportService imports;

    @BeforeAll
    static void startServer() {
        server = ScriptedModels.start(30);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private static ModelSpec spec(String name, Double billions, LocalDate released) {
        return ScriptedModels.spec(server, name, billions, released);
    }

    @Test
    void theCompareViewFollowsNewHumanAnswersAndARunsAnswersWithoutAReload() {
        String user = logins.createUser("live", Roles.RESEARCHER);
        logins.signIn(user);
        long studyId = studies.create("Live baseline", MoralMachineKind.ID).id();
        studies.setStatus(studyId, StudyStatus.OPEN);
        PublicStudy study = publicStudies.byId(studyId).orElseThrow();
        ModelSummary model = registry.create(spec("Live scripted " + System.nanoTime() % 100_000, null, null));
        long runId = runs.start(
                        new RunRequest(model.id(), studyId, 1, 2, 11L, false, Map.of("scenarios", String.valueOf(60))))
                .id();
        runs.pause(runId);
        logins.signOut();
        participants.take(study, 0, 10, 1);

        LoginPage.open().logInAs(user, TestLogins.PASSWORD);
        Selenide.open("/models/compare?study=" + studyId + "&run=" + runId);
        $("#compare-distances").shouldHave(text("(run " + runId + ", paused: "));
        $("#compare-chart-svg").should(exist);
        $("#compare-chart-png").should(exist);
        Selenide.executeJavaScript("window.mbSamePage = true");
        List<String> humans = baselineHoverTexts(studyId);
        assertThat(humans).hasSize(9);
        Selenide.screenshot("compare-live-before");

        participants.take(study, 10, 15, 2); // people answer while the page is open
        eventually(() -> !baselineHoverTexts(studyId).equals(humans));

        logins.signIn(user);
        runs.resume(runId); // the model answers the rest
        logins.signOut();
        String finished = model.name() + " (run " + runId + ")";
        eventually(() -> $("#compare-chart").innerHtml().contains(finished));
        $("#compare-distances").shouldHave(text(finished));
        assertThat((Boolean) Selenide.executeJavaScript("return window.mbSamePage === true"))
                .as("no reload")
                .isTrue();
        Selenide.screenshot("compare-live-after");
    }

    @Test
    void theScalingViewTakesInAModelWhoseAnswersAreImportedWhileItIsOpen() throws Exception {
        String user = logins.createUser("scaler", Roles.RESEARCHER);
        logins.signIn(user);
        String prefix = "Live scale " + System.nanoTime() % 100_000;
        double[] sizes = {1, 10, 100};
        double[][] leanings = {
            {0.30, 0.25, 0.10, 0.05, 0.40, 0.20, 0.10, 0.30, 0.20},
            {0.15, 0.15, 0.25, 0.10, 0.25, 0.30, 0.35, 0.50, 0.40},
            {0.07, 0.10, 0.33, 0.12, 0.17, 0.33, 0.48, 0.63, 0.57}
        };
        long[] modelIds = new long[3];
        for (int i = 0; i < 3; i++) {
            modelIds[i] = registry.create(
                            spec(prefix + " " + (int) sizes[i] + "B", sizes[i], LocalDate.of(2024, 1 + i, 1)))
                    .id();
        }
        for (int i = 0; i < 2; i++) {
            imports.importSharedResponses(
                    modelIds[i], SimulatedAnswers.sharedResponses(1500, 20 + i, leanings[i]), "m.csv");
        }
        logins.signOut();

        LoginPage.open().logInAs(user, TestLogins.PASSWORD);
        Selenide.open("/models/scaling?dataset=registered");
        $("#scaling-summary").shouldHave(text("2 models: at least 3 are needed for a fit."));
        Selenide.executeJavaScript("window.mbSamePage = true");

        logins.signIn(user);
        imports.importSharedResponses(modelIds[2], SimulatedAnswers.sharedResponses(1500, 22, leanings[2]), "m.csv");
        logins.signOut();
        $("#scaling-summary").shouldHave(text("n = 3 models"), Duration.ofSeconds(20));
        assertThat($("#scaling-chart").innerHtml()).contains(prefix + " 100B (Other): S = 100.0 B");
        $("#scaling-dataset").shouldHave(text("Registered models (3 models)"));
        assertThat((Boolean) Selenide.executeJavaScript("return window.mbSamePage === true"))
                .as("no reload")
                .isTrue();
        Selenide.screenshot("scaling-live");
    }

    /** The hover texts of the baseline study's marks in the compare chart (its desktop layout), in attribute order. */
    private static List<String> baselineHoverTexts(long studyId) {
        Matcher m = Pattern.compile("<title>([^<]*\\(study " + studyId + ", live\\), [^<]*)</title>")
                .matcher($("#compare-chart .mb-chart-wide").innerHtml());
        return m.results().map(r -> r.group(1)).toList();
    }
}
