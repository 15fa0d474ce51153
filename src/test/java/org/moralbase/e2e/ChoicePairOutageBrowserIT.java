package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairSettings;
import org.moralbase.choicepair.domain.ChoicePairResponse;
import org.moralbase.choicepair.domain.ChoicePairResponseRepository;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.StoredAnswer;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant answers choice pairs while the app's connection to MariaDB is cut: the page says the answer is
 * being saved and shows the next item by itself once the database is back; after a cut longer than the retry
 * budget it says the answer was not saved and offers to retry, which stores it. Every answer is stored once.
 */
class ChoicePairOutageBrowserIT extends OutageBrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems items;

    @Autowired
    ParticipationService participation;

    @Autowired
    ChoicePairResponseRepository responses;

    @Test
    void anAnswerGivenDuringAnOutageIsSavedOnceWhenTheDatabaseReturnsOrRetriedOnRequest() {
        StudySummary study = openStudy();
        ChoicePairSessionPage page =
                ChoicePairSessionPage.arrive(study.publicCode(), "").agree(3);
        String session = page.sessionId();
        page.chooseShown("a").shouldShowItem(2, 3);

        // a brief cut: the page says it is saving, and shows the next item by itself once the database is back
        database.cut();
        page.chooseShown("b");
        $("#cp-save-status").shouldHave(text("Saving your answer"), Duration.ofSeconds(5));
        assertParticipantSeesNoInternals();
        database.restore();
        $("#cp-item-3").shouldBe(visible, Duration.ofSeconds(15));
        page.shouldShowItem(3, 3);
        $("#cp-save-status").shouldNotHave(text("Saving"));
        assertThat(participation.answers(session))
                .extracting(StoredAnswer::position, StoredAnswer::choice)
                .containsExactly(tuple(1, "A"), tuple(2, "B"));

        // a cut longer than the retry budget: not saved yet, and a retry stores it
        database.cut();
        page.chooseShown("a");
        $("#cp-save-status").shouldHave(text("Saving your answer"), Duration.ofSeconds(5));
        $("#cp-retry-save").shouldBe(visible, Duration.ofSeconds(RETRY_BUDGET_SECONDS + 15));
        $("#cp-save-status").shouldHave(text("has not been saved yet"));
        assertParticipantSeesNoInternals();
        database.restore();
        $("#cp-retry-save").click();
        $("#cp-done").shouldBe(visible, Duration.ofSeconds(15));

        assertThat(participation.answers(session))
                .extracting(StoredAnswer::position, StoredAnswer::choice)
                .containsExactly(tuple(1, "A"), tuple(2, "B"), tuple(3, "A"));
        long sessionId = participation.session(session).orElseThrow().id();
        assertThat(responses.findByStudyIdOrderBySessionIdAscPositionAsc(study.id()))
                .extracting(ChoicePairResponse::getSessionId, ChoicePairResponse::getPosition)
                .containsExactly(tuple(sessionId, 1), tuple(sessionId, 2), tuple(sessionId, 3));
    }

    private StudySummary openStudy() {
        logins.signIn(logins.createUser("cpout", Roles.RESEARCHER));
        try {
            StudySummary study = studies.create("Choice pairs through an outage", ChoicePairKind.ID);
            studies.updateSettings(study.id(), new ChoicePairSettings(3, false, false, null).toJson());
            items.importDataset(
                    study.id(),
                    FormatChoice.DETECT,
                    DatasetSource.read(Path.of("src/test/resources/datasets/cp_bot.csv")));
            return studies.setStatus(study.id(), StudyStatus.OPEN);
        } finally {
            logins.signOut();
        }
    }
}
