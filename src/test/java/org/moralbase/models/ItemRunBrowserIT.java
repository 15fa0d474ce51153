package org.moralbase.models;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.codeborne.selenide.Selenide;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.e2e.BrowserTest;
import org.moralbase.e2e.ComboBoxes;
import org.moralbase.e2e.LoginPage;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** A researcher starts a run over a choice-pair study's items from the models page and watches it finish. */
class ItemRunBrowserIT extends BrowserTest {

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems items;

    @Autowired
    ModelRegistryService registry;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/first/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi("Option A", "stop", 40, 2))));
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
    void aRunOverChoicePairsStartsFromTheDialogAndShowsItsPositionBias() {
        String user = logins.createUser("itemrunner", Roles.RESEARCHER);
        logins.signIn(user);
        String title = "Wallet dilemmas " + System.nanoTime() % 100_000;
        long studyId = studies.create(title, ChoicePairKind.ID).id();
        items.importDataset(
                studyId,
                FormatChoice.DETECT,
                DatasetSource.ofText(
                        "pairs.csv",
                        "id,context,option_a,option_b\nk1,c,Return it,Keep it\nk2,c,Tell,Hide\nk3,c,Help,Leave\n"));
        String name = "First picker " + System.nanoTime() % 100_000;
        registry.create(ScriptedModels.at(server.baseUrl() + "/first/v1", name));
        logins.signOut();

        LoginPage.open().logInAs(user, TestLogins.PASSWORD);
        Selenide.open("/models");
        org.moralbase.e2e.GridCells.click(name);
        $("#model-test").click(); // a connection test before the run
        $("#model-test-result")
                .shouldHave(text(name + ": Connected: the model answered “Option A”"), Duration.ofSeconds(40));
        Selenide.screenshot("model-connection-test");
        $("#model-start-run").click();
        $("#start-run-dialog").shouldBe(visible);
        ComboBoxes.choose("run-study", title + " · Choice pairs · #" + studyId);
        $("#run-items").shouldHave(text("3 items will be asked"));
        $("#run-setting-scenarios").shouldNot(exist); // a Moral Machine setting only
        Selenide.screenshot("item-run-dialog");
        $("#run-start").click();

        $("#run-progress-text").shouldHave(text("FINISHED"), Duration.ofSeconds(60));
        $("#run-progress-text").shouldHave(text("6 of 6 prompts"));
        $("#run-design").shouldHave(text("3 items × 1 sample in both option orders"));
        $("#run-position-bias").shouldHave(text("100.0%"));
        $("#run-item-results")
                .shouldHave(attributeMatching("href", ".*studies/" + studyId + "/shares"))
                .shouldHave(text(title));
        Selenide.screenshot("item-run-view");

        $("#run-item-results").click();
        $("#model-summary-grid").shouldHave(text(name));
        $("#model-shares-chart").shouldHave(text(name));
        Selenide.screenshot("item-run-shares");
    }
}
