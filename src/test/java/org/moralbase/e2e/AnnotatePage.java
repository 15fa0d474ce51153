package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import java.time.Duration;

/** The annotator's work page, reached by logging in on the way to it. */
public class AnnotatePage {

    /** Opens the work page of a project, logging in first. */
    public static AnnotatePage openAs(long projectId, String username, String password) {
        Selenide.open("/annotate/" + projectId);
        $("#login-form").shouldBe(visible);
        $("#vaadinLoginUsername input").setValue(username);
        $("#vaadinLoginPassword input").setValue(password);
        $("#login-form vaadin-button").click();
        $("#annotate-item-view").shouldBe(visible);
        return new AnnotatePage();
    }

    /** True while an item is shown. */
    public boolean hasItem() {
        $("#annotate-item, #no-more-items").shouldBe(visible);
        return $("#annotate-item").exists();
    }

    /** The shown item's context text. */
    public String context() {
        return $("#item-context").shouldBe(visible).getText();
    }

    /** Answers by keyboard: digit key n, then Enter; waits for the next item or the end. */
    public AnnotatePage answerWithKeys(int n) {
        String before = context();
        Selenide.actions().sendKeys(Integer.toString(n)).perform();
        $("#answer-sheet vaadin-button[theme~='primary']").shouldBe(visible);
        Selenide.actions().sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        Selenide.Wait().withTimeout(Duration.ofSeconds(20)).until(d -> moved(d, "no-more-items", before));
        return this;
    }

    /**
     * True once the end page shows or the item changed. Reads the page with plain finds, without Selenide's
     * waiting: the item may be replaced between two reads, which then counts as changed.
     */
    static boolean moved(org.openqa.selenium.WebDriver d, String endId, String before) {
        try {
            var context = d.findElements(org.openqa.selenium.By.id("item-context"));
            return !d.findElements(org.openqa.selenium.By.id(endId)).isEmpty()
                    || context.isEmpty()
                    || !context.getFirst().getText().equals(before);
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return true;
        }
    }

    /** The progress line. */
    public AnnotatePage progressShows(String text) {
        $("#progress").shouldHave(Condition.text(text));
        return this;
    }
}
