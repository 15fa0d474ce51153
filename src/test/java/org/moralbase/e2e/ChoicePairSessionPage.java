package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;

/** A participant's choice-pair session, reached through the study link. */
public class ChoicePairSessionPage {

    /** Arrives through {@code /take/<code>} with the given query and expects the consent card. */
    public static ChoicePairSessionPage arrive(String code, String query) {
        Selenide.open("/take/" + code + query);
        $("#cp-consent").shouldBe(visible);
        return new ChoicePairSessionPage();
    }

    /** The session's public id, from the address the landing page forwarded to. */
    public String sessionId() {
        String url = WebDriverRunner.url();
        return url.substring(url.indexOf("/cp/") + 4).replaceFirst("[?#].*", "");
    }

    /** Expects the consent text. */
    public ChoicePairSessionPage shouldShowConsent(String consent) {
        $("#cp-consent").shouldHave(text(consent));
        return this;
    }

    /** Agrees and lands on the first item. */
    public ChoicePairSessionPage agree(int items) {
        $("#cp-consent-agree").click();
        return shouldShowItem(1, items);
    }

    /** Expects item {@code position} of {@code items}. */
    public ChoicePairSessionPage shouldShowItem(int position, int items) {
        $("#cp-item-" + position).shouldBe(visible);
        $("#cp-progress").shouldHave(text("Situation " + position + " of " + items));
        return this;
    }

    /** The context of the item shown. */
    public String context() {
        return $("#cp-context").shouldBe(visible).getText();
    }

    /** Chooses the option with this text, whichever side it is shown on. */
    public ChoicePairSessionPage choose(String option) {
        String a = $("#cp-option-a").shouldBe(visible).getText();
        String b = $("#cp-option-b").getText();
        if (!option.equals(a) && !option.equals(b)) {
            throw new AssertionError("'" + option + "' is not shown; the options are '" + a + "' and '" + b + "'");
        }
        $(option.equals(a) ? "#cp-choose-a" : "#cp-choose-b").click();
        return this;
    }

    /** Clicks the button of the option shown on this side ("a" or "b"). */
    public ChoicePairSessionPage chooseShown(String side) {
        $("#cp-choose-" + side).shouldBe(visible).click();
        return this;
    }

    /** Answers "I cannot decide". */
    public ChoicePairSessionPage cannotDecide() {
        $("#cp-undecided").click();
        return this;
    }

    /** Expects the end page with this completion code. */
    public ChoicePairSessionPage shouldBeDoneWithCode(String code) {
        $("#cp-done").shouldBe(visible);
        $("#completion-code").shouldHave(text(code));
        $("#prolific-complete").shouldHave(attributeMatching("href", ".*cc=" + code));
        return this;
    }
}
