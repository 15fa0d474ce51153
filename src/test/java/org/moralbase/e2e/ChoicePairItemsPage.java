package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import java.io.File;

/** A choice-pair study's items page ({@code studies/<id>/cp-items}): the dataset import and the model answers. */
public class ChoicePairItemsPage {

    /** Opens the page of this study as the signed-in researcher. */
    public static ChoicePairItemsPage open(long studyId) {
        Selenide.open("/studies/" + studyId + "/cp-items");
        return shown();
    }

    static ChoicePairItemsPage shown() {
        $("#items-view").shouldBe(visible);
        $("#cp-import").shouldBe(visible);
        $("#cp-model-import").shouldBe(visible);
        return new ChoicePairItemsPage();
    }

    /** Expects this format choice to be the one selected. */
    public ChoicePairItemsPage shouldHaveFormat(String label) {
        $("#cp-format").shouldHave(text(label));
        return this;
    }

    /** Chooses a format from the list. */
    public ChoicePairItemsPage chooseFormat(String label) {
        $("#cp-format").click();
        $$("vaadin-select-item").findBy(exactText(label)).click();
        return shouldHaveFormat(label);
    }

    /** Uploads a dataset file and presses import. */
    public ChoicePairItemsPage importFile(File file) {
        return upload("cp-file", "cp-import", file);
    }

    /** Uploads a model-answer CSV and presses import. */
    public ChoicePairItemsPage importModelAnswers(File csv) {
        return upload("cp-model-file", "cp-model-import", csv);
    }

    /** Expects the model-answer import's message to say this. */
    public ChoicePairItemsPage shouldSayOfModelAnswers(String message) {
        $("#cp-model-import-problems").shouldHave(text(message));
        return this;
    }

    /** Expects the import's message to say this. */
    public ChoicePairItemsPage shouldSay(String message) {
        $("#cp-import-problems").shouldHave(text(message));
        return this;
    }

    /** Expects the import's message not to say this. */
    public ChoicePairItemsPage shouldNotSay(String message) {
        $("#cp-import-problems").shouldNotHave(text(message));
        return this;
    }

    private ChoicePairItemsPage upload(String slot, String button, File file) {
        $(Selectors.shadowCss("input[type='file']", "#" + slot + "-upload")).uploadFile(file);
        // the bytes reach the server before the file shows as complete
        $("#" + slot + "-upload vaadin-upload-file[complete]").should(exist);
        // the button may sit below the items grid, under the fold of the layout's own scroller
        $("#" + button).scrollIntoView("{block: 'center'}").click();
        return this;
    }

    /** Expects the items grid to show this text (a key, an option). */
    public ChoicePairItemsPage shouldListItem(String text) {
        $("#cp-items-grid").shouldHave(text(text));
        return this;
    }
}
