package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.participation.ProlificIds;
import org.moralbase.security.TestLogins;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The closing rule as a participant and a researcher see it (decision 0034): the close dialog with the sessions in
 * progress and the grace period; a Moral Machine page left open whose next answer comes after the grace period gets
 * the late-answer page (nothing stored, the screen-out way back to Prolific); a new arrival gets the closed page.
 */
class ClosingRuleBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    org.moralbase.study.StudyClosing closing;

    @Autowired
    JdbcTemplate jdbc;

    private String owner;

    @Test
    void anAnswerAfterTheGracePeriodGetsTheLatePageAndANewArrivalTheClosedPage() {
        StudySummary study = openProlificStudy();
        MoralMachineSessionPage page = MoralMachineSessionPage.arrive(
                        "/take/" + study.publicCode() + ProlificIds.query("late-1", "st", "se-1"))
                .agree();
        page.choose("left").atScenario(2);
        String token = page.sessionId();

        asOwner(() -> closing.close(study.id(), 0)); // no grace: the page left open is past it at once
        page.choose("right");
        $("#study-closed-late").shouldBe(visible).shouldHave(text("This study has closed"));
        $("#screen-out-code").shouldHave(text("OUT77"));
        $("#prolific-screen-out").shouldBe(visible);
        Screenshots.desktopAndPhone("study-closed-late");
        assertThat(jdbc.queryForObject(
                        "select count(*) from response r join participant_session s on s.id = r.session_id"
                                + " where s.access_token = ?",
                        Long.class,
                        token))
                .as("the late answer is not stored")
                .isEqualTo(1);

        Selenide.open("/take/" + study.publicCode() + ProlificIds.query("late-2", "st", "se-2") + "&lang=es");
        $("#study-closed").shouldBe(visible).shouldHave(text("Este estudio está cerrado"));
        Selenide.open("/take/" + study.publicCode() + ProlificIds.query("late-2", "st", "se-2"));
        $("#study-closed").shouldBe(visible).shouldHave(text("This study is closed"));
        Screenshots.desktopAndPhone("study-closed");
    }

    @Test
    void theResearcherClosesWithAGracePeriodAndSeesTheSessionsInProgress() {
        StudySummary study = openProlificStudy();
        MoralMachineSessionPage.arrive("/take/" + study.publicCode() + ProlificIds.query("grace-1", "st", "se-g"))
                .agree();
        Selenide.closeWebDriver();

        LoginPage.open().logInAs(owner, TestLogins.PASSWORD).openPath("/studies/" + study.id());
        $("#study-toggle-status").shouldHave(text("Close study")).click();
        $("#study-close-rule").shouldHave(text("1 session is in progress"));
        $("#study-close-grace input").setValue("30");
        Screenshots.desktopAndPhone("study-close-dialog");
        $("#study-close-confirm").click();
        $("#study-facts").shouldHave(text("Closed"), text("sessions in progress may answer until"));
        assertThat(jdbc.queryForObject("select close_grace_minutes from study where id = ?", Integer.class, study.id()))
                .isEqualTo(30);
        $("#study-toggle-status").shouldHave(text("Open study")).click();
        $("#study-facts").shouldHave(text("Open"));
    }

    private StudySummary openProlificStudy() {
        owner = logins.createUser("closing", Roles.RESEARCHER);
        StudySummary[] made = new StudySummary[1];
        asOwner(() -> {
            StudySummary s = studies.create("Closing rule", MoralMachineKind.ID);
            studies.updateRecruitment(s.id(), new RecruitmentSettings(Recruitment.PROLIFIC, null, "DONE77", "OUT77"));
            made[0] = studies.setStatus(s.id(), StudyStatus.OPEN);
        });
        return made[0];
    }

    private void asOwner(Runnable action) {
        logins.signIn(owner);
        try {
            action.run();
        } finally {
            logins.signOut();
        }
    }
}
