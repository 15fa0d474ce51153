package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ScriptedModels;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of study the registry holds, walked in the browser as a researcher would (decision 0012): created from
 * the "New study" dialog, each of its pages reached from the study page, its downloads offered, its participant page
 * reached from the preview link, and, where models can be asked it, offered in the start-run dialog. A kind added
 * later is walked without a change here.
 */
class StudyKindsBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyKinds kinds;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void everyRegisteredKindCanBeCreatedAndEachOfItsPagesOpensFromTheStudyPage() {
        List<StudyKind> all = kinds.all();
        assertThat(all).extracting(StudyKind::id).contains("MORAL_MACHINE", "CHOICE_PAIR", "DEEP_VALUE");
        String researcher = logins.createUser("walker", Roles.RESEARCHER);
        String model = "0 Walker model " + System.nanoTime() % 100_000; // first in the registry grid, by name
        logins.signIn(researcher);
        registry.create(ScriptedModels.at("http://127.0.0.1:9/v1", model));
        // the test thread stays signed in as the researcher, to read what the pages should offer

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (StudyKind kind : all) {
            String title = kind.label() + " walk " + System.nanoTime() % 100_000;

            $("#new-study").click();
            $("#study-title input").setValue(title);
            $("#study-kind-" + kind.id().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .shouldHave(text(kind.description()))
                    .click();
            Selenide.screenshot("kinds-new-study-dialog");
            $("#study-create").click();
            StudyPage.shown(title);
            $("#study-facts").shouldHave(text(kind.label()));
            String studyPath = StudyPage.shown(title).path();
            Selenide.screenshot("kinds-study-page-" + kind.id());
            long id = Long.parseLong(studyPath.substring("/studies/".length()));
            titles.put(kind.id(), title + " · " + kind.label() + " · #" + id); // as the start-run dialog names it

            for (org.moralbase.study.StudyPage page : kind.pages()) {
                $("#study-" + page.name() + "-link")
                        .shouldHave(text(page.label()))
                        .click();
                String route = page.view().getAnnotation(Route.class).value().replace(":id", Long.toString(id));
                Selenide.Wait().until(driver -> WebDriverRunner.url().endsWith("/" + route));
                $("#not-found").shouldNot(exist);
                $("#unexpected-error").shouldNot(exist);
                Selenide.open(studyPath);
            }
            if (!kind.exports(id).isEmpty()) {
                $("#study-downloads").shouldBe(visible);
                kind.exports(id).forEach(e -> $("#export-" + e.name()).should(exist));
            }

            // the participant page of the kind, through the researcher's preview
            String code = studies.list(0, 500).stream()
                    .filter(s -> s.id() == id)
                    .map(StudySummary::publicCode)
                    .findFirst()
                    .orElseThrow();
            Selenide.open("/take/" + code + "?preview=1");
            String participantRoute =
                    kind.participantPage().getAnnotation(Route.class).value().replace(":session", "");
            Selenide.Wait().until(driver -> WebDriverRunner.url().contains("/" + participantRoute));
            $("#unexpected-error").shouldNot(exist);
            $("#preview-banner").shouldBe(visible);
            Selenide.screenshot("kinds-preview-" + kind.id());
            Selenide.open("/");
        }

        // the start-run dialog offers the studies of every kind that models can be asked, with that kind's words
        Selenide.open("/models");
        $$cell(model).click();
        $("#model-start-run").click();
        for (StudyKind kind : all) {
            if (kind.modelItems().isEmpty()) {
                continue;
            }
            $("#run-study input").setValue(titles.get(kind.id()));
            Selenide.$$("vaadin-combo-box-item")
                    .findBy(text(titles.get(kind.id())))
                    .click();
            $("#run-items")
                    .shouldHave(text(kind.modelItems().get().answerWords()).or(text("no items")));
        }

        // no page of any kind broke the Content-Security-Policy: Chromium reports each refusal on the console
        List<String> console = Selenide.getWebDriverLogs(LogType.BROWSER);
        assertThat(console).isNotNull();
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy"));
    }

    private static SelenideElement $$cell(String text) {
        return GridCells.cell(text);
    }
}
