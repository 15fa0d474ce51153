package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import org.openqa.selenium.Keys;

/** A participant's Moral Machine session, step by step. */
public class MoralMachineSessionPage {

    /** Opens a participant link (with its query) and lands on the consent step. */
    public static MoralMachineSessionPage arrive(String pathAndQuery) {
        Selenide.open(pathAndQuery);
        $("#consent-step").shouldBe(visible);
        return new MoralMachineSessionPage();
    }

    /** Agrees to take part and shows the first scenario. */
    public MoralMachineSessionPage agree() {
        $("#consent-agree").click();
        return atScenario(1);
    }

    /** Checks that scenario {@code position} is shown. */
    public MoralMachineSessionPage atScenario(int position) {
        $("#progress-text").shouldHave(text("Scenario " + position + " of"));
        return this;
    }

    /** Clicks the picture's button on one side ("left" or "right"). */
    public MoralMachineSessionPage choose(String side) {
        $("#choose-" + side).click();
        return this;
    }

    /** Double-clicks a side's button. */
    public MoralMachineSessionPage doubleClick(String side) {
        $("#choose-" + side).doubleClick();
        return this;
    }

    /** Presses an arrow key. */
    public MoralMachineSessionPage pressArrow(String side) {
        $("body").sendKeys("left".equals(side) ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT);
        return this;
    }

    /** Opens the text descriptions. */
    public MoralMachineSessionPage showDescription() {
        $("#toggle-description").click();
        $("#descriptions").shouldBe(visible);
        return this;
    }

    /** Reloads the page. */
    public MoralMachineSessionPage reload() {
        Selenide.refresh();
        return this;
    }

    /** The survey step is shown; fills in the age and submits. */
    public MoralMachineSessionPage submitSurveyWithAge(int age) {
        $("#survey-step").shouldBe(visible);
        $("#survey-age input").setValue(Integer.toString(age));
        $("#survey-submit").click();
        $("#done-step").shouldBe(visible);
        return this;
    }

    /** The session id in the address. */
    public String sessionId() {
        String url = WebDriverRunner.url();
        return url.substring(url.indexOf("/mm/") + 4).replaceAll("[?#].*", "");
    }
}
