package org.moralbase.moralmachine.comparison;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.codeborne.selenide.Selenide;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.e2e.BrowserTest;
import org.moralbase.e2e.LoginPage;
import org.moralbase.models.KeySource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSpec;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.ScriptedModel;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.security.TestLogins;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceDistanceResult;
import org.moralbase.stats.regression.Coefficient;
import org.moralbase.stats.scaling.ScalingReport;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** The comparison views in a browser: a scripted model's run against Awad 2018, and table S1's scaling fit. */
class ComparisonViewsBrowserIT extends BrowserTest {

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
    ScalingService scaling;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .containerThreads(32)
                .extensions(new ScriptedModel()));
        server.start();
        server.stubFor(post(urlEqualTo("/scripted/v1/chat/completions"))
                .willReturn(aResponse().withTransformers(ScriptedModel.NAME)));
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
    void theCompareViewShowsTheRunsDistanceToAwad2018AndTheScalingViewThePapersFit() throws Exception {
        String user = logins.createUser("cmp", Roles.RESEARCHER);
        logins.signIn(user);
        long study = studies.create("Comparison views", MoralMachineKind.ID).id();
        String name = "Scripted cmp " + System.nanoTime() % 100_000 + " 8B";
        ModelSummary model = registry.create(new ModelSpec(
                name,
                "",
                8.0,
                false,
                LocalDate.of(2025, 1, 15),
                ProviderKind.OPENAI_COMPATIBLE,
                server.baseUrl() + "/scripted/v1",
                "test-model",
                0.0,
                null,
                null,
                null,
                30,
                null,
                KeySource.NONE,
                null,
                null));
        long runId = runs.start(new RunRequest(
                        model.id(), study, 1, 16, 20260301L, false, Map.of("scenarios", String.valueOf(400))))
                .id();
        assertThat(executor.awaitEnd(runId, Duration.ofMinutes(3)))
                .as("run finished")
                .isTrue();
        RunAnalysis run = analysis.analyze(runId);
        AmceDistanceResult d = run.distance();
        System.out.println("comparison IT run: valid " + run.valid() + "/" + run.outcomes() + ", AMCEs "
                + java.util.Arrays.toString(run.amces().vector()));
        AmceAttribute estimable = java.util.Arrays.stream(AmceAttribute.values())
                .filter(a -> Double.isFinite(run.amces().estimate(a).estimate()))
                .findFirst()
                .orElseThrow();
        ScalingReport table = scaling.analyze(scaling.takemoto2026()).report();
        Coefficient logSize = table.mixedModel().fixedEffects().stream()
                .filter(c -> c.name().equals("log10 S"))
                .findFirst()
                .orElseThrow();
        assertThat(logSize.estimate()).isCloseTo(-0.120, within(5e-4));
        logins.signOut();

        LoginPage.open().logInAs(user, TestLogins.PASSWORD);
        Selenide.open("/models");
        // the comparison pages are in the main menu (they belong to the Moral Machine kind, not to the registry)
        $("#main-nav vaadin-side-nav-item[path='models/compare']").shouldBe(visible);
        $("#main-nav vaadin-side-nav-item[path='models/scaling']").shouldBe(visible);
        $("#model-delete").shouldBe(visible);
        Selenide.screenshot("models");

        // the generic run page, and the Moral Machine kind's page for the run's AMCEs linked from it
        Selenide.open("/models/runs/" + runId);
        $("#run-progress-text").shouldHave(text("FINISHED"));
        $("#run-position-bias").shouldHave(text(fmt(100 * run.case1Share(), 1) + "%"));
        $("#run-answers").shouldBe(visible);
        Selenide.screenshot("run-page");
        $("#run-analysis-link").click();
        $("#run-amces-view #amce-table").shouldBe(visible);
        $("#run-distance").shouldHave(text("D to Awad 2018"));
        Selenide.screenshot("run-amces-page");

        Selenide.open("/models/compare?run=" + runId);
        $("#compare-distances").shouldHave(text(name + " (run " + runId + ")"));
        // position bias beside D: the share of valid answers choosing Case 1
        $("#compare-distances").shouldHave(text(fmt(100 * run.case1Share(), 1) + " %"));
        if (d != null) {
            $("#compare-distances").shouldHave(text(fmt(d.distance(), 3)));
            $("#compare-distances")
                    .shouldHave(
                            text(fmt(100 * d.dimension(AmceAttribute.SPECIES).shareOfSquaredDistance(), 1) + " %"));
        }
        String chart = $("#compare-chart").innerHtml();
        assertThat(chart)
                .contains("Awad 2018 (humans), Law: 0.353")
                .contains(name + " (run " + runId + "), " + estimable.displayName() + ": "
                        + fmt(run.amces().estimate(estimable).estimate(), 3) + " ["
                        + fmt(run.amces().estimate(estimable).ciLow(), 3));
        $("#compare-chart-svg").shouldBe(visible);
        $("#compare-chart-png").shouldBe(visible);

        Selenide.open("/models/scaling?dataset=takemoto2026");
        $("#scaling-summary").shouldHave(text("n = 75 models"));
        $("#scaling-summary").shouldHave(text("α = -0.1017 ± 0.0120 (SE)"));
        $("#scaling-summary").shouldHave(text("R² = 0.498"));
        $("#scaling-alternatives").shouldHave(text("0.162"), text("0.473"), text("0.187"));
        $("#scaling-mixed-heading").shouldHave(text("Singular fit: yes"));
        $("#scaling-fixed-effects").shouldHave(text(fmt(logSize.estimate(), 4)));
        $("#scaling-fixed-effects").shouldHave(text("df (Satterthwaite)"), text(fmt(logSize.df(), 1)));
        $("#scaling-size-bins").shouldHave(text("1-10B"));
        assertThat($("#scaling-chart").innerHtml()).contains("Kimi K2 thinking (Other, reasoning): S = 1000.0 B");
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
