package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.Source;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher duplicates, archives, restores and deletes studies from the study page, in Chromium: a double click
 * on Duplicate makes one copy, a study with participants cannot be deleted (and says why), an archived study leaves
 * the list until asked for.
 */
class StudyLifecycleBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems pairItems;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    ParticipationService participation;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aStudyIsDuplicatedOnceArchivedRestoredAndDeletedOnlyWithoutAnswers() {
        String user = logins.createUser("lifecycle", Roles.RESEARCHER);
        String title = "Lost wallets " + System.nanoTime();
        logins.signIn(user);
        StudySummary study = studies.create(title, ChoicePairKind.ID);
        pairItems.importDataset(
                study.id(),
                FormatChoice.DETECT,
                DatasetSource.ofText("pairs.csv", "id,context,option_a,option_b\nk1,c,Return it,Keep it\n"));
        studies.setStatus(study.id(), StudyStatus.OPEN);
        participation.start(
                publicStudies.byId(study.id()).orElseThrow(),
                new Arrival(Source.PROLIFIC, "pid-lifecycle", "s", "x", null, false),
                null,
                "en",
                "desktop");
        logins.signOut();

        LoginPage.open().logInAs(user, TestLogins.PASSWORD).openPath("/studies/" + study.id());
        // a study with a participant is not deleted: the dialog says why and offers no Delete
        $("#study-delete").click();
        $("#study-delete-message").shouldHave(text("holds 1 participant session"), text("Archive it instead"));
        $("#study-delete-confirm").shouldHave(attribute("disabled"));
        Selenide.screenshot("study-delete-refused");
        $$("#study-delete-dialog vaadin-button").findBy(text("Cancel")).click();

        // a double click on Duplicate makes one copy, a draft the page then shows
        $("#study-duplicate").click();
        $("#study-duplicate-dialog").shouldBe(visible);
        Screenshots.desktopAndPhone("study-duplicate-dialog");
        $("#study-duplicate-confirm").doubleClick();
        $("#study-heading").shouldHave(text("Copy of " + title));
        $("#study-facts").shouldHave(text("Draft"));
        logins.signIn(user);
        assertThat(studies.list(0, 500))
                .filteredOn(s -> s.title().equals("Copy of " + title))
                .hasSize(1);
        logins.signOut();

        // the copy holds no answers: it is deleted, and the researcher lands on the study list
        $("#study-delete").click();
        $("#study-delete-message").shouldHave(text("cannot be undone"));
        $("#study-delete-confirm").shouldNotHave(attribute("disabled")).click();
        $("#studies-grid").shouldBe(visible);
        $("#studies-grid").shouldNotHave(text("Copy of " + title));

        // the original is closed, archived: out of the list until asked for, then restored
        Selenide.open("/studies/" + study.id());
        $("#study-archive").click();
        $("#study-opening-problems").shouldHave(text("close the study first"));
        $("#study-toggle-status").click();
        $("#study-close-rule").shouldHave(text("1 session is in progress"));
        $("#study-close-confirm").click();
        $("#study-facts").shouldHave(text("Closed"));
        $("#study-archive").shouldHave(text("Archive")).click();
        $("#study-facts").shouldHave(text("Archived"));
        $("#study-archived").shouldBe(visible);
        Screenshots.desktopAndPhone("study-archived");
        Selenide.open("/");
        $("#studies-grid").shouldNotHave(text(title));
        $("#studies-show-archived").click();
        $("#studies-grid").shouldHave(text(title));
        Selenide.screenshot("studies-archived-list");
        Selenide.open("/studies/" + study.id());
        $("#study-archive").shouldHave(text("Restore")).click();
        $("#study-archived").shouldNotBe(visible);
        Selenide.open("/");
        $("#studies-grid").shouldHave(text(title));
    }
}
