package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;

/** A participant's DVB session page. */
public class DvbSessionPage {

    /** Opens a session's address and expects the consent page. */
    public static DvbSessionPage open(String sessionId) {
        Selenide.open("/dvb/" + sessionId);
        $("#dvb-consent").shouldBe(visible);
        return new DvbSessionPage();
    }

    /** Agrees and lands on the worked example. */
    public DvbSessionPage agree() {
        $("#dvb-consent-agree").click();
        $("#dvb-example").shouldBe(visible);
        $("#dvb-example-answer").shouldHave(text("Option"));
        return this;
    }

    /** Leaves the worked example for the comprehension question. */
    public DvbSessionPage continueAfterExample() {
        $("#dvb-example-continue").click();
        $("#dvb-comprehension").shouldBe(visible);
        return this;
    }

    /** Gives a wrong comprehension answer: the page says so and stays. */
    public DvbSessionPage answerComprehensionWrongly() {
        $("#dvb-comp-0").click();
        $("#dvb-comp-wrong").shouldBe(visible);
        return this;
    }

    /** Gives the right comprehension answer and lands on round 1. */
    public DvbSessionPage answerComprehensionRightly(int rounds) {
        $("#dvb-comp-1").click();
        return shouldShowRound(1, rounds);
    }

    /** Expects the given round. */
    public DvbSessionPage shouldShowRound(int round, int rounds) {
        $("#dvb-progress").shouldHave(text("Round " + round + " of " + rounds));
        return this;
    }

    /** The text of new option A or B. */
    public String option(String label) {
        return $("#dvb-test-option-" + label.toLowerCase(java.util.Locale.ROOT))
                .shouldBe(visible)
                .getText();
    }

    /** Chooses A or B. */
    public DvbSessionPage choose(String label) {
        $("#dvb-choose-" + label.toLowerCase(java.util.Locale.ROOT)).click();
        return this;
    }

    /** Expects the end page. */
    public void shouldBeDone() {
        $("#dvb-done").shouldBe(visible);
    }
}
