package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;

/** The researcher's study list (home page after login). */
public class StudiesPage {

    static StudiesPage shown() {
        $("#studies-view").shouldBe(visible);
        return new StudiesPage();
    }

    /** Creates a study through the dialog and lands on its page. */
    public StudyPage createStudy(String title) {
        $("#new-study").click();
        $("#study-title input").setValue(title);
        $("#study-create").click();
        return StudyPage.shown(title);
    }

    /** Opens an address inside the app as the signed-in user. */
    public void openPath(String path) {
        Selenide.open(path);
    }

    /** The signed-in user's name shown in the header. */
    public StudiesPage shouldShowUser(String username) {
        $("#current-user").shouldHave(text(username));
        return this;
    }
}
