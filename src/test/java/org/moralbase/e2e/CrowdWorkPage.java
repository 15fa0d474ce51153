package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import org.moralbase.participation.ProlificIds;

/** A crowd worker's pages: the Prolific link, the checks, items, and the end. */
public class CrowdWorkPage {

    /** Opens the project's crowd link as a Prolific worker; lands on the work page. */
    public static CrowdWorkPage arriveFromProlific(String code, String pid) {
        Selenide.open("/annotate/crowd/" + code + ProlificIds.query(pid, "study1", "s" + pid));
        $("#crowd-work").shouldBe(visible);
        return new CrowdWorkPage();
    }

    /** Answers the single-choice check {@code code} with {@code answer} and continues. */
    public CrowdWorkPage answerCheck(String code, String answer) {
        $$("#check-" + code + " vaadin-radio-button").findBy(text(answer)).click();
        $("#submit-checks").click();
        return this;
    }

    /** The shown item's context, waiting for it. */
    public String itemContext() {
        return $("#item-context").shouldBe(visible).getText();
    }

    /** Clicks answer n of question {@code code} and submits; waits for the next item or the end. */
    public CrowdWorkPage answer(String code, int n) {
        String before = itemContext();
        $("#answer-" + code + "-" + n).click();
        $("#submit-item").click();
        Selenide.Wait().until(d -> AnnotatePage.moved(d, "crowd-done", before));
        return this;
    }

    /** The end page with the given id, e.g. {@code crowd-done}. */
    public SelenideElement end(String id) {
        return $("#" + id).shouldBe(visible);
    }
}
