package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.MoralMachineSettings;
import org.moralbase.moralmachine.Participants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** The researcher pages of a Moral Machine study in Chromium: settings, recruitment links, live results. */
class MoralMachinePagesBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Test
    void aDraftsSettingsAreEditableAndItsProlificLinkIsShown() {
        String researcher = logins.createUser("sara", Roles.RESEARCHER);
        logins.signIn(researcher);
        var created = studies.create("Moral Machine pilot", MoralMachineKind.ID);
        long id = created.id();
        logins.signOut();

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + id);
        $("#study-settings-link").click();
        $("#mm-settings-view").shouldBe(visible);
        $("#mm-original-order").shouldNotBe(visible);
        $("#save-mm-settings").shouldBe(visible);
        $("#recruitment-form").shouldNot(exist); // recruitment moved to the study's own recruitment page
        $("#mm-participant-models").shouldNotBe(visible);
        $$("#mm-participant-models-choice vaadin-radio-button")
                .findBy(text("Only the models chosen here"))
                .click();
        $("#mm-participant-models").shouldBe(visible);
        Selenide.screenshot("mm-settings");
        $$("#mm-participant-models-choice vaadin-radio-button")
                .findBy(text("No models"))
                .click();
        $("#save-mm-settings").click();
        $("vaadin-notification-card").shouldHave(text("Settings saved"));
        logins.signIn(researcher);
        assertThat(MoralMachineSettings.fromJson(studies.find(id).orElseThrow().settings())
                        .participantModels())
                .isEmpty();
        logins.signOut();
        Selenide.open("/studies/" + id);
        RecruitmentPage recruitment = RecruitmentPage.fromStudyPage().useProlific("C1A2B3");
        $("#link-prolific input").shouldHave(value("PROLIFIC_PID={{%PROLIFIC_PID%}}"));
        assertThat(recruitment.prolificLink()).contains("STUDY_ID={{%STUDY_ID%}}&SESSION_ID={{%SESSION_ID%}}");
        recruitment.shouldOfferPreviewInNewTab(created.publicCode());
    }

    @Test
    void theResultsPageUpdatesByPushWhenAnswersArriveAndOpenStudiesSettingsAreLocked() {
        String researcher = logins.createUser("rafa", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Moral Machine live", MoralMachineKind.ID).id();
        studies.setStatus(id, StudyStatus.OPEN);
        PublicStudy study = publicStudies.byId(id).orElseThrow();
        logins.signOut();
        participants.take(study, 0, 30, 1);

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + id + "/settings");
        $("#mm-settings-locked").shouldBe(visible);
        $("#save-mm-settings").shouldNot(visible);

        Selenide.open("/studies/" + id + "/results");
        $("#count-answers").shouldHave(text("390"));
        $("#mm-amce-chart svg").should(exist);
        $("#mm-amce-chart-svg").should(exist);
        $("#mm-amce-chart-png").should(exist);
        participants.take(study, 30, 10, 1); // arrive while the page is open
        $("#count-answers").shouldHave(text("520"), Duration.ofSeconds(20));
        $("#count-completed").shouldHave(text("35"), Duration.ofSeconds(20)); // by the counts poll
        $("#mm-distance").shouldHave(text("D to Awad 2018: ")).shouldNotHave(text("needs"));
        Selenide.screenshot("mm-results");
    }
}
