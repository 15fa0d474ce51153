package org.moralbase.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairModels;
import org.moralbase.choicepair.ChoicePairParticipation;
import org.moralbase.choicepair.ChoicePairSettings;
import org.moralbase.choicepair.ModelShareSummary;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.TestParticipants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Model answers uploaded in Chromium appear beside people's shares; a broken file names its line and stores nothing.
 * The shares page's responses export downloads in the browser.
 */
class ChoicePairSharesBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems items;

    @Autowired
    ChoicePairModels models;

    @Autowired
    TestParticipants participants;

    @Autowired
    ChoicePairParticipation choicePairs;

    @Test
    void anUploadedAnswerFileShowsTheModelAndABrokenOneNamesItsLineAndStoresNothing() throws Exception {
        String researcher = logins.createUser("sha", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Shares upload", ChoicePairKind.ID).id();
        studies.updateSettings(id, new ChoicePairSettings(3, true, false, null).toJson());
        items.importDataset(id, FormatChoice.DETECT, Fixtures.source("cp_bot.csv"));
        studies.setStatus(id, StudyStatus.OPEN);
        logins.signOut();
        for (String pid : new String[] {"s1", "s2", "s3"}) {
            answerA(id, pid);
        }

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        SharesPage shares = SharesPage.open(id).shouldShowNoModels();
        shares.importModelAnswers()
                .importModelAnswers(fixture("cp_models.csv"))
                .shouldSayOfModelAnswers("Stored 6 answers of 1 model.");
        shares = SharesPage.open(id).shouldShowModel("fixture-model");
        Selenide.screenshot("choice-pair-shares");

        shares.importModelAnswers()
                .importModelAnswers(fixture("cp_models_broken.csv"))
                .shouldSayOfModelAnswers("Nothing was stored.")
                .shouldSayOfModelAnswers(
                        "cp_models_broken.csv line 3, field item: 'nope' is not an item of this study");
        SharesPage.open(id).shouldShowModel("fixture-model").shouldNotShowModel("broken-model");
        logins.signIn(researcher);
        try {
            assertThat(models.compare(id).models())
                    .extracting(ModelShareSummary::model)
                    .containsExactly("fixture-model");
        } finally {
            logins.signOut();
        }

        String csv = Files.readString(
                SharesPage.open(id).download("export-responses").toPath(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("participant,source,external_id,session_status,position,item,order_shown,choice,");
        assertThat(csv.lines()).hasSize(1 + 9);
    }

    private void answerA(long studyId, String pid) {
        String session = participants.startFromProlific(studyId, pid);
        choicePairs.consent(session);
        choicePairs
                .load(session)
                .orElseThrow()
                .pages()
                .forEach(p -> choicePairs.answer(session, p.position(), "A", null, Instant.now()));
    }

    private static File fixture(String name) {
        return new File("src/test/resources/datasets/" + name);
    }
}
