package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

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

    @Test
    void theMonitorSortsByAColumnAndShowsANewArrivalWithoutARefresh() {
        String researcher = logins.createUser("molly", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Live monitor", MoralMachineKind.ID).id();
        studies.setStatus(id, StudyStatus.OPEN);
        logins.signOut();
        participants.startFromProlific(id, "5f0c1a2b3c4d5e6f7a8b9c0d");
        participants.startFromProlific(id, "60a1b2c3d4e5f60718293a4b");

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        // the study page sets how long the platform ids are kept (decision 0039)
        Selenide.open("/studies/" + id);
        $("#study-retention-days input").scrollIntoView("{block: 'center'}").setValue("0");
        $("#study-retention-save").click();
        $("#study-retention-days").shouldHave(text("Retention: 1 to 3650 days"));
        $("#study-retention-days input").setValue("45");
        $("#study-retention-save").click();
        $("vaadin-notification-card").shouldHave(text("dropped 45 days after a session ends"));
        Screenshots.desktopAndPhone("study-retention");
        Selenide.refresh();
        $("#study-retention-days input").shouldHave(com.codeborne.selenide.Condition.value("45"));

        Selenide.open("/studies/" + id + "/participants");
        $("#monitor-count").shouldHave(text("2 participants"));
        // newest first until a column is chosen
        Selenide.Wait().until(d -> "60a1b2c3d4e5f60718293a4b".equals(firstPlatformId()));
        sorter("Platform id").click(); // ascending
        Selenide.Wait().until(d -> "5f0c1a2b3c4d5e6f7a8b9c0d".equals(firstPlatformId()));
        sorter("Platform id").click(); // descending
        Selenide.Wait().until(d -> "60a1b2c3d4e5f60718293a4b".equals(firstPlatformId()));

        // someone arrives (on any node: the page asks the database): the list follows without a click
        String newest = participants.participantId(participants.startFromProlific(id, "7b1c2d3e4f5a6b7c8d9e0f1a"));
        $("#monitor-count").shouldHave(text("3 participants"));
        Selenide.Wait().until(d -> "7b1c2d3e4f5a6b7c8d9e0f1a".equals(firstPlatformId()));

        // the newest asks for deletion: erased after a confirmation that says what goes (decision 0033)
        $("#monitor-erase-" + newest).scrollIntoView("{block: 'center'}").click();
        $("#monitor-erase-dialog").shouldHave(text("cannot be undone")).shouldHave(text("0 answers"));
        Screenshots.desktopAndPhone("monitor-erase");
        $("#monitor-erase-confirm").click();
        $("#monitor-count").shouldHave(text("2 participants"));
        $("#monitor-grid").shouldNotHave(text("7b1c2d3e4f5a6b7c8d9e0f1a"));
    }

    private static com.codeborne.selenide.SelenideElement sorter(String header) {
        return $$("#monitor-grid vaadin-grid-sorter").findBy(text(header)).scrollIntoView("{block: 'center'}");
    }

    /** The platform id shown in the grid's first body row (the second column). */
    private static String firstPlatformId() {
        return Selenide.executeJavaScript("""
                const grid = document.getElementById('monitor-grid');
                const rows = [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(r => !r.hidden && r.index !== undefined).sort((a, b) => a.index - b.index);
                if (rows.length === 0) return null;
                const slot = rows[0].querySelectorAll('td')[1].querySelector('slot');
                return slot.assignedNodes()[0].textContent.trim();
                """);
    }
}
