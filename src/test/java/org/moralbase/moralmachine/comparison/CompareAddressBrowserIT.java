package org.moralbase.moralmachine.comparison;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.e2e.BrowserTest;
import org.moralbase.e2e.LoginPage;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.SimulatedAnswers;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compare view's address names what it shows (baseline study, runs): choosing changes the address, opening the
 * address restores the choice, a bad address is said in words; the page fits a 390 px phone and names stay whole.
 */
class CompareAddressBrowserIT extends BrowserTest {

    private static final double[] LEANINGS = {0.30, 0.25, 0.10, 0.05, 0.40, 0.20, 0.10, 0.30, 0.20};

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelImportService imports;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void theAddressFollowsTheChoiceAndRestoresIt() throws Exception {
        String user = logins.createUser("addr", Roles.RESEARCHER);
        logins.signIn(user);
        long study = studies.create("Address baseline", MoralMachineKind.ID).id();
        String suffix = " " + System.nanoTime() % 100_000;
        String longName = "A model with a rather long name that must stay readable" + suffix;
        String shortName = "Short" + suffix;
        long longModel = registry.create(ScriptedModels.at("http://127.0.0.1:9/scripted/v1", longName))
                .id();
        long shortModel = registry.create(ScriptedModels.at("http://127.0.0.1:9/scripted/v1", shortName))
                .id();
        long run1 =
                imports.importSharedResponses(longModel, SimulatedAnswers.sharedResponses(300, 1, LEANINGS), "a.csv");
        long run2 =
                imports.importSharedResponses(shortModel, SimulatedAnswers.sharedResponses(300, 2, LEANINGS), "b.csv");
        logins.signOut();

        LoginPage.open().logInAs(user, TestLogins.PASSWORD);
        Selenide.open("/models/compare?study=" + study + "&run=" + run1);
        $("#compare-distances").shouldHave(text(longName + " (run " + run1 + ")"));
        $("#compare-baseline").shouldHave(text("Address baseline (study " + study + ", live)"));
        $("#compare-address-problems").shouldNot(visible);

        // choose a second run: the address names both
        $("#compare-runs input").setValue(shortName);
        $$("vaadin-multi-select-combo-box-item")
                .filter(visible)
                .findBy(text(shortName))
                .click();
        $("#compare-runs input").sendKeys(Keys.ESCAPE);
        $("#compare-show").click();
        $("#compare-distances").shouldHave(text(shortName + " (run " + run2 + ")"));
        List<Long> ordered = java.util.stream.Stream.of(run1, run2).sorted().toList();
        String expected = "/models/compare?study=" + study + "&run=" + ordered.get(0) + "&run=" + ordered.get(1);
        eventually(() -> WebDriverRunner.url().endsWith(expected));

        // the address, opened again, restores the choice
        Selenide.open(expected);
        $("#compare-distances")
                .shouldHave(text(longName + " (run " + run1 + ")"))
                .shouldHave(text(shortName + " (run " + run2 + ")"));
        $("#compare-baseline").shouldHave(text("Address baseline (study " + study + ", live)"));

        // the long name is whole in the distance table (wrapped, not cut with an ellipsis)
        Boolean cut = Selenide.executeJavaScript("""
                const cells = [...document.querySelectorAll('#compare-distances vaadin-grid-cell-content')];
                const c = cells.find(e => e.textContent.startsWith(arguments[0]));
                return c.scrollWidth > c.clientWidth + 1;""", longName);
        assertThat(cut).as("the run's name is cut").isFalse();
        Selenide.screenshot("compare-view-desktop");
        $("#compare-distances").scrollIntoView("{block: 'start'}");
        Selenide.screenshot("compare-view-table-desktop");

        // on a phone: pickers, chart and table stay inside the window
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(390, 844));
        Selenide.sleep(500);
        for (String id :
                List.of("compare-baseline", "compare-runs", "compare-show", "compare-chart", "compare-distances")) {
            Number right = Selenide.executeJavaScript(
                    "return document.getElementById(arguments[0]).getBoundingClientRect().right", id);
            Number width = Selenide.executeJavaScript("return window.innerWidth");
            assertThat(right.doubleValue())
                    .as("right edge of #%s on a %s px phone", id, width)
                    .isLessThanOrEqualTo(width.doubleValue());
        }
        // the phone gets the chart laid out for it (names above the bands), not the desktop's shrunk to a third
        Boolean narrowShown =
                Selenide.executeJavaScript("const n = document.querySelector('#compare-chart .mb-chart-narrow');"
                        + " const w = document.querySelector('#compare-chart .mb-chart-wide');"
                        + " return n != null && n.getBoundingClientRect().height > 0"
                        + " && w.getBoundingClientRect().height == 0");
        assertThat(narrowShown).as("the phone's chart is the one shown").isTrue();
        Selenide.screenshot("compare-view-phone");
        $("#compare-distances").scrollIntoView("{block: 'start'}");
        Selenide.screenshot("compare-view-table-phone");
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(1280, 900));

        // a hand-edited address: said in words, the rest shown
        Selenide.open("/models/compare?study=abc&run=" + run1 + "&run=99999999&colour=red");
        $("#compare-address-problems")
                .shouldBe(visible)
                .shouldHave(text("study=abc, which is not a study number"))
                .shouldHave(text("Run 99999999: no Moral Machine run with this number is open to you"))
                .shouldHave(text("'colour'"));
        $("#compare-distances").shouldHave(text(longName + " (run " + run1 + ")"));
        Selenide.open("/models/compare?study=99999999");
        $("#compare-address-problems").shouldHave(text("Study 99999999: no Moral Machine study"));
        $("#compare-baseline").shouldHave(text("Awad 2018"));
        Selenide.screenshot("compare-view-bad-address");
    }
}
