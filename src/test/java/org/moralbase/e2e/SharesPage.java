package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import java.io.File;

/** A choice-pair study's shares page ({@code studies/<id>/shares}). */
public class SharesPage {

    /** Opens the page of this study as the signed-in researcher. */
    public static SharesPage open(long studyId) {
        Selenide.open("/studies/" + studyId + "/shares");
        $("#shares-view").shouldBe(visible);
        $("#shares-grid").shouldBe(visible);
        return new SharesPage();
    }

    /** Expects no model beside the people. */
    public SharesPage shouldShowNoModels() {
        $("#model-summary-grid").shouldNot(exist);
        return this;
    }

    /** Expects the model in the summary of models beside people. */
    public SharesPage shouldShowModel(String model) {
        $("#model-summary-grid").shouldBe(visible).shouldHave(text(model));
        return this;
    }

    /** Expects the summary not to list this model. */
    public SharesPage shouldNotShowModel(String model) {
        $("#model-summary-grid").shouldNotHave(text(model));
        return this;
    }

    /** Follows the link to where model answers are imported. */
    public ChoicePairItemsPage importModelAnswers() {
        $("#shares-import-models").scrollIntoView("{block: 'center'}").click();
        return ChoicePairItemsPage.shown();
    }

    /** Downloads the file behind a download link, in the browser's session. */
    public File download(String linkId) throws java.io.IOException {
        return $("#" + linkId).shouldBe(visible).download();
    }
}
