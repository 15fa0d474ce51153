package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selenide;

/** A researcher's annotation project page, with its tabs. */
public class AnnotationProjectPage {

    /** Opens the project page, logging in first. */
    public static AnnotationProjectPage openAs(long projectId, String username, String password) {
        Selenide.open("/annotation-projects/" + projectId);
        $("#login-form").shouldBe(visible);
        $("#vaadinLoginUsername input").setValue(username);
        $("#vaadinLoginPassword input").setValue(password);
        $("#login-form vaadin-button").click();
        $("#annotation-project-view").shouldBe(visible);
        return new AnnotationProjectPage();
    }

    /** Opens the review tab. */
    public AnnotationProjectPage review() {
        $("#tab-review").click();
        $("#review-panel").shouldBe(visible);
        return this;
    }

    /** The id of the first review card (disagreements come first). */
    public String firstReviewCardId() {
        return $$("#review-panel > div").first().shouldBe(visible).getAttribute("id");
    }

    /** Picks the final label (1-based answer) for an item question and waits until it shows. */
    public AnnotationProjectPage decide(String itemKey, String question, int answer, String expectedFinal) {
        $("#decide-" + itemKey + "-" + question + "-" + answer).click();
        $("#final-" + itemKey + "-" + question).shouldHave(text("final: " + expectedFinal));
        return this;
    }

    /** Opens the quality tab. */
    public AnnotationProjectPage quality() {
        $("#tab-quality").click();
        $("#agreement-grid").shouldBe(visible);
        return this;
    }

    /** The alpha shown for a question at a level. */
    public String alpha(String question, String level) {
        return $("#alpha-" + question + "-" + level).shouldBe(visible).getText();
    }
}
