package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.checked;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.dvb.DvbItems;
import org.moralbase.dvb.DvbSettings;
import org.moralbase.dvb.DvbStudies;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A DVB study's settings page and its recruitment page, in Chromium; imported prompts without example pairs are
 * explained on the items, settings and study pages, and the study opens only once an item can be shown.
 */
class DvbSettingsBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    DvbItems items;

    @Test
    void aDraftsSettingsAreSavedFromTheFormAndLockedOnceTheStudyOpens() {
        String researcher = logins.createUser("dora", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("DVB pilot", DeepValueKind.ID).id();
        String code = studies.find(id).orElseThrow().publicCode();
        logins.signOut();

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + id);
        RecruitmentPage.fromStudyPage();
        $("#link-public input").shouldHave(value("/take/" + code));
        $("#link-prolific").shouldNot(com.codeborne.selenide.Condition.exist); // a public link by default
        Selenide.open("/studies/" + id);
        $("#study-settings-link").click();
        $("#dvb-settings-view").shouldBe(visible);
        $("#dvb-set-trials input").shouldHave(value("6")); // the defaults are shown
        $("#dvb-set-comprehension input").shouldBe(checked);
        $("#dvb-set-trials input").setValue("4");
        $("#dvb-set-attention-checks input").setValue("2");
        $("#dvb-set-max-failures input").setValue("2");
        $("#dvb-set-abandon-minutes input").setValue("45");
        $("#dvb-set-quota input").setValue("5");
        $("#dvb-set-comprehension input").click();
        $("#dvb-set-consent textarea").setValue("DVB consent");
        $("#save-dvb-settings").click();
        eventually(() -> settingsOf(researcher, id) != null);
        assertThat(DvbSettings.fromJson(settingsOf(researcher, id)))
                .isEqualTo(new DvbSettings(4, 2, 2, 45, false, 5, "DVB consent"));

        logins.signIn(researcher);
        items.build(id, DvbStudies.request("healthcare", 4, 0)); // a study without items does not open
        studies.setStatus(id, StudyStatus.OPEN);
        logins.signOut();
        Selenide.refresh();
        $("#dvb-settings-locked").shouldBe(visible);
        $("#save-dvb-settings").shouldNotBe(visible);
        $("#dvb-set-trials input").shouldHave(value("4"));
    }

    @Test
    void promptsWithoutExamplesAreExplainedAndTheStudyOpensOnlyOnceAnItemCanBeShown() {
        String researcher = logins.createUser("hidy", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("DVB prompts only", DeepValueKind.ID).id();
        items.importPrompts(id, Fixtures.source("dvb_prompts.json"), null);
        logins.signOut();

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + id);
        $("#study-opening-problems").shouldBe(visible).shouldHave(text("None of its 2 items can be shown"));
        $("#study-toggle-status").click();
        $("#study-opening-problems").shouldHave(text("Not opened: None of its 2 items"));
        $("#study-facts").shouldHave(text("DRAFT"));
        Selenide.screenshot("dvb-study-not-ready");

        Selenide.open("/studies/" + id + "/dvb-items");
        $("#dvb-hidden-items")
                .shouldBe(visible)
                .shouldHave(text("2 of the 2 items have no example pairs"))
                .shouldHave(text("cannot open"));
        $("#dvb-counts").shouldHave(text("2 items, 0 with examples"));
        Selenide.screenshot("dvb-items-hidden");
        Selenide.open("/studies/" + id + "/dvb-settings");
        $("#dvb-settings-items").shouldHave(text("None of its 2 items can be shown"));
        Selenide.screenshot("dvb-settings-items");

        logins.signIn(researcher);
        items.build(id, DvbStudies.request("healthcare", 4, 0));
        logins.signOut();
        Selenide.refresh();
        $("#dvb-settings-items").shouldHave(text("1 of 3 items can be shown to participants (2 have no example pairs"));
        Selenide.open("/studies/" + id);
        $("#study-opening-problems").shouldNotBe(visible);
        $("#study-toggle-status").click();
        $("#study-facts").shouldHave(text("OPEN"));
        $("#export-items").should(exist); // the per-item export is on the study page, with the kind's other files
        Selenide.open("/studies/" + id + "/dvgr");
        $("#dvgr-overall").should(exist);
        Selenide.screenshot("dvb-dvgr");
    }

    private String settingsOf(String researcher, long id) {
        logins.signIn(researcher);
        try {
            return studies.find(id).orElseThrow().settings();
        } finally {
            logins.signOut();
        }
    }
}
