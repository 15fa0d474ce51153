package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.participation.TestParticipants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** The participants monitor of a study: reached from the study page, lists its participants, excludes and includes. */
class MonitorBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    TestParticipants participants;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aResearcherExcludesAParticipantWithAReasonAndIncludesThemAgain() {
        String researcher = logins.createUser("monica", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Monitored study", MoralMachineKind.ID).id();
        studies.setStatus(id, StudyStatus.OPEN);
        logins.signOut();
        String token = participants.startFromProlific(id, "5f0c1a2b3c4d5e6f7a8b9c0d");
        String fast = participants.participantId(token);
        participants.startFromProlific(id, "60a1b2c3d4e5f60718293a4b");

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        Selenide.open("/studies/" + id);
        $("#study-participants-link").shouldHave(text("Participants")).click();
        $("#monitor-count").shouldHave(text("2 participants"));
        $("#monitor-grid").shouldHave(text("5f0c1a2b3c4d5e6f7a8b9c0d")).shouldHave(text("Active"));
        // the pseudonym (shortened), never the key
        $("#monitor-grid").shouldHave(text(fast.substring(0, 8))).shouldNotHave(text(token.substring(0, 8)));

        $("#monitor-exclude-" + fast).click();
        $("#monitor-exclude-confirm").click(); // no reason yet: refused on the field
        $("#monitor-reason").shouldHave(text("Reason: say why"));
        $("#monitor-reason input").setValue("failed both attention checks");
        $("#monitor-exclude-confirm").click();
        $("#monitor-grid").shouldHave(text("Excluded")).shouldHave(text("failed both attention checks"));
        Screenshots.desktopAndPhone("monitor");

        com.codeborne.selenide.Selenide.$("#monitor-filter").click();
        Selenide.$$("vaadin-select-item").findBy(text("Excluded")).click();
        $("#monitor-count").shouldHave(text("1 participant"));
        $("#monitor-include-" + fast).shouldBe(visible).click();
        $("#monitor-grid").shouldNotHave(text("failed both attention checks"));
    }
}
