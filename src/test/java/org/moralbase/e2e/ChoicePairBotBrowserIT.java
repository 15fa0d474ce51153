package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codeborne.selenide.Selenide;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairParticipation;
import org.moralbase.choicepair.ChoicePairResults;
import org.moralbase.choicepair.ChoicePairSettings;
import org.moralbase.choicepair.ItemShare;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ProlificIds;
import org.moralbase.security.TestLogins;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher sets up a choice-pair study in Chromium (settings, Prolific recruitment, open), and a bot walks
 * the participant's session from the Prolific link with known answers; the stored shares are what it chose.
 */
class ChoicePairBotBrowserIT extends BrowserTest {

    private static final String CONSENT = "Bot study: three everyday situations.";
    private static final String CODE = "CPBOT1";
    // the bot's answer per item context: an option's text, or null for "I cannot decide"
    private static final Map<String, String> ANSWERS = new java.util.HashMap<>();

    static {
        ANSWERS.put("You find a wallet with cash in it on the bus.", "Hand it to the driver"); // option A
        ANSWERS.put("You promised to help a friend move but are invited to a concert.", "Go to the concert"); // B
        ANSWERS.put("A colleague is blamed for your mistake.", null);
    }

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems items;

    @Autowired
    ChoicePairResults results;

    @Autowired
    ChoicePairParticipation participation;

    private String settingsOf(String researcher, long id) {
        logins.signIn(researcher);
        try {
            return studies.find(id).orElseThrow().settings();
        } finally {
            logins.signOut();
        }
    }

    @Test
    void aBotCompletesAProlificSessionAndTheStoredSharesMatchItsChoices() {
        String researcher = logins.createUser("cara", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Everyday choices", ChoicePairKind.ID);
        int imported = items.importDataset(
                        study.id(),
                        FormatChoice.DETECT,
                        DatasetSource.read(Path.of("src/test/resources/datasets/cp_bot.csv")))
                .items();
        logins.signOut();
        assertThat(imported).isEqualTo(3);

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + study.id());
        $("#study-settings-link").click();
        $("#cp-settings-view").shouldBe(visible);
        $("#cp-set-undecided input").shouldBe(com.codeborne.selenide.Condition.checked);
        $("#cp-set-items input").setValue("3");
        $("#cp-set-consent textarea").setValue(CONSENT);
        $("#save-cp-settings").click();
        eventually(() -> settingsOf(researcher, study.id()) != null);
        Selenide.open("/studies/" + study.id());
        RecruitmentPage recruitment = RecruitmentPage.fromStudyPage().useProlific(CODE);
        assertThat(recruitment.prolificLink())
                .endsWith("/take/" + study.publicCode()
                        + "?PROLIFIC_PID={{%PROLIFIC_PID%}}&STUDY_ID={{%STUDY_ID%}}&SESSION_ID={{%SESSION_ID%}}");
        recruitment.shouldOfferPreviewInNewTab(study.publicCode()).backToStudy();
        $("#study-toggle-status").click();
        $("#study-facts").shouldHave(com.codeborne.selenide.Condition.text("OPEN"));
        Selenide.closeWebDriver(); // the participant has no researcher session

        ChoicePairSessionPage page = ChoicePairSessionPage.arrive(
                        study.publicCode(), ProlificIds.query("cp-bot-1", "s1", "x1"))
                .shouldShowConsent(CONSENT)
                .agree(3);
        String session = page.sessionId();
        for (int position = 1; position <= 3; position++) {
            page.shouldShowItem(position, 3);
            String context = page.context();
            assertThat(ANSWERS).containsKey(context);
            String answer = ANSWERS.get(context);
            if (answer == null) {
                page.cannotDecide();
            } else {
                page.choose(answer);
            }
        }
        page.shouldBeDoneWithCode(CODE);

        // rejected: a choice that is not offered, and a second answer to a stored position
        assertThatThrownBy(() -> participation.answer(session, 1, "C", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(participation.answer(session, 1, "B", null, null).status())
                .isNotEqualTo(AnswerReceipt.Status.STORED);

        AtomicReference<List<ItemShare>> shares = new AtomicReference<>();
        AtomicReference<StudySummary> stored = new AtomicReference<>();
        logins.signIn(researcher);
        try {
            shares.set(results.shares(study.id()));
            stored.set(studies.find(study.id()).orElseThrow());
        } finally {
            logins.signOut();
        }
        assertThat(ChoicePairSettings.fromJson(stored.get().settings()))
                .isEqualTo(new ChoicePairSettings(3, true, false, CONSENT));
        assertThat(stored.get().recruitment().completionCode()).isEqualTo(CODE);
        Map<String, ItemShare> byKey =
                shares.get().stream().collect(Collectors.toMap(ItemShare::key, Function.identity()));
        assertThat(byKey.get("wallet").shareA())
                .extracting(Proportion::successes, Proportion::trials)
                .containsExactly(1, 1); // chose option A
        assertThat(byKey.get("promise").shareA())
                .extracting(Proportion::successes, Proportion::trials)
                .containsExactly(0, 1); // chose option B
        assertThat(byKey.get("mistake").shareA()).isNull();
        assertThat(byKey.get("mistake").undecided()).isEqualTo(1);
        assertThat(byKey.get("wallet").undecided() + byKey.get("promise").undecided())
                .isZero();
    }
}
