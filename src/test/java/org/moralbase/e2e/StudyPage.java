package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.WebDriverRunner;

/** One study's page. */
public class StudyPage {

    static StudyPage shown(String title) {
        $("#study-heading").shouldHave(text(title));
        return new StudyPage();
    }

    /** The address of this page, e.g. {@code /studies/42}. */
    public String path() {
        String url = WebDriverRunner.url();
        return url.substring(url.indexOf("/studies/"));
    }
}
