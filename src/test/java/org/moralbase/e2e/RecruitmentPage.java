package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A study's recruitment page ({@code studies/<id>/recruitment}), the same for every study kind. */
public class RecruitmentPage {

    /** Follows the study page's recruitment link. */
    public static RecruitmentPage fromStudyPage() {
        $("#study-recruitment-link").click();
        $("#recruitment-view").shouldBe(visible);
        return new RecruitmentPage();
    }

    /** Switches to Prolific with this completion code and saves. */
    public RecruitmentPage useProlific(String completionCode) {
        $$("#recruitment-source vaadin-radio-button").findBy(text("Prolific")).click();
        $("#recruitment-completion-code input").setValue(completionCode);
        $("#save-recruitment").click();
        return this;
    }

    /** The Prolific study URL shown to copy. */
    public String prolificLink() {
        return $("#link-prolific input").shouldBe(visible).getValue();
    }

    /** Expects the preview link to open the study link with {@code preview=1} in a new tab. */
    public RecruitmentPage shouldOfferPreviewInNewTab(String code) {
        $("#preview-participant")
                .shouldHave(attribute("target", "_blank"))
                .shouldHave(attribute("href"))
                .shouldHave(com.codeborne.selenide.Condition.attributeMatching(
                        "href", ".*/take/" + code + "\\?preview=1$"));
        return this;
    }

    /** Goes back to the study page. */
    public void backToStudy() {
        $("#back-to-study").click();
        $("#study-view").shouldBe(visible);
    }
}
