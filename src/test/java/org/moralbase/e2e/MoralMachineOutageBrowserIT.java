package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.MoralMachineStudies;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.ProlificIds;
import org.moralbase.participation.StoredAnswer;
import org.moralbase.study.PublicStudy;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant (in Spanish) answers while the app's connection to MariaDB is cut: the page says the answer is
 * being saved and moves on once the database is back; after a cut longer than the retry budget it says clearly
 * that the answer was not saved and offers to retry, which stores it. Every answer is stored once, in order.
 */
class MoralMachineOutageBrowserIT extends OutageBrowserTest {

    @Autowired
    MoralMachineStudies studies;

    @Autowired
    ParticipationService participation;

    @Test
    void anAnswerGivenDuringAnOutageIsSavedWhenTheDatabaseReturnsOrRetriedOnRequest() {
        MoralMachineSessionPage page = MoralMachineSessionPage.arrive(studyLink() + "&lang=es");
        $("#consent-agree").click();
        $("#progress-text").shouldHave(text("Escenario 1 de"));
        page.choose("left");
        $("#progress-text").shouldHave(text("Escenario 2 de"));
        String session = page.sessionId();

        // a brief cut: the page says it is saving, and moves on by itself once the database is back
        database.cut();
        page.choose("right");
        $("#save-status").shouldHave(text("Guardando su respuesta"), Duration.ofSeconds(5));
        assertParticipantSeesNoInternals();
        Selenide.screenshot("mm-outage-saving");
        database.restore();
        $("#progress-text").shouldHave(text("Escenario 3 de"), Duration.ofSeconds(15));
        $("#save-status").shouldNotHave(text("Guardando"));

        // a cut longer than the retry budget: the page says the answer was not saved and offers to retry
        database.cut();
        page.choose("left");
        $("#save-status").shouldHave(text("Guardando su respuesta"), Duration.ofSeconds(5));
        $("#retry-save").shouldBe(visible, Duration.ofSeconds(RETRY_BUDGET_SECONDS + 15));
        $("#save-status").shouldHave(text("Su respuesta aún no se ha guardado"));
        assertParticipantSeesNoInternals();
        Selenide.screenshot("mm-outage-not-saved");
        database.restore();
        assertThat(participation.answers(session)).hasSize(2);
        $("#retry-save").click();
        $("#progress-text").shouldHave(text("Escenario 4 de"), Duration.ofSeconds(15));

        page.reload();
        $("#progress-text").shouldHave(text("Escenario 4 de"));
        assertThat(participation.answers(session))
                .extracting(StoredAnswer::position, StoredAnswer::choice)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "left"),
                        org.assertj.core.groups.Tuple.tuple(2, "right"),
                        org.assertj.core.groups.Tuple.tuple(3, "left"));
    }

    @Test
    void openingTheSessionWhileTheDatabaseIsAwaySaysSoInTheParticipantsLanguage() {
        MoralMachineSessionPage page = MoralMachineSessionPage.arrive(studyLink() + "&lang=es");
        $("#consent-agree").click();
        $("#progress-text").shouldHave(text("Escenario 1 de"));

        database.cut();
        page.reload();
        $("#session-unavailable").shouldBe(visible, Duration.ofSeconds(RETRY_BUDGET_SECONDS + 15));
        $("#session-unavailable").shouldHave(text("Espere un momento"));
        assertParticipantSeesNoInternals();
        database.restore();
        $("#retry-load").click();
        $("#progress-text").shouldHave(text("Escenario 1 de"), Duration.ofSeconds(15));
    }

    private String studyLink() {
        PublicStudy study = studies.openOnProlific("Outage in the browser", "OUT42");
        return "/take/" + study.publicCode() + ProlificIds.query("outage" + System.nanoTime(), "st", "se");
    }
}
