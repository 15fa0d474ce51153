package org.moralbase.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.StartOutcome;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A questionnaire on MariaDB without a browser: item imports are all-or-nothing with the line and field named; a
 * session's item order is planned once and survives a reload; an answer is stored once and a replay refused; a failed
 * attention item screens out; the export holds every answer row by row; a duplicate copies the items.
 */
class QuestionnaireStudyIT extends IntegrationTest {

    private static final String ITEMS = "item_id,text,scale,subscale,reverse,block,attention\n"
            + "a1,I like risks.,agree5,risk,no,A,\n"
            + "a2,I avoid risks.,agree5,risk,yes,A,\n"
            + "b1,Harm is wrong.,often,harm,no,B,\n"
            + "chk,Please choose Agree.,agree5,,no,B,Agree\n";

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    QuestionnaireItems items;

    @Autowired
    QuestionnaireParticipation participation;

    @Autowired
    ParticipationService sessions;

    @Autowired
    QuestionnaireExport export;

    @Autowired
    QuestionnaireResults results;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    org.moralbase.participation.SessionMonitor monitor;

    private String researcher;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private StudySummary study(String title) {
        researcher = logins.createUser("qre", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create(title, QuestionnaireKind.ID);
        studies.updateSettings(
                study.id(), new QuestionnaireSettings(true, 1, "often=Never|Sometimes|Often", null).toJson());
        return study;
    }

    private String start(StudySummary study) {
        return ((StartOutcome.Ready) sessions.start(
                        publicStudies.byId(study.id()).orElseThrow(), Arrival.publicLink(), null, "en", "desktop"))
                .session()
                .token();
    }

    @Test
    void aBadFileStoresNothingAndNamesTheLineAndField() {
        StudySummary study = study("Bad items");
        String bad = "item_id,text,scale,subscale,reverse,attention\n"
                + "x,Fine.,agree5,s,no,\n"
                + "y,Out of range.,agree5,,no,9\n"
                + "x,Again.,agree5,s,no,\n";
        assertThatThrownBy(() -> items.importItems(study.id(), DatasetSource.ofText("bad.csv", bad)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.messages())
                        .hasSize(2)
                        .anyMatch(m -> m.startsWith("bad.csv line 3, field attention: scale point '9'"))
                        .anyMatch(m -> m.startsWith("bad.csv line 4, field item_id: item id 'x' is already")));
        assertThat(items.list(study.id())).isEmpty();
        assertThat(studies.openingProblems(study.id())).anyMatch(p -> p.contains("at least one scored item"));

        assertThat(items.importItems(study.id(), DatasetSource.ofText("ok.csv", ITEMS)))
                .isEqualTo(4);
        assertThatThrownBy(() -> items.importItems(study.id(), DatasetSource.ofText("again.csv", ITEMS)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("already in this study");
        assertThat(items.list(study.id())).extracting(ItemRow::key).containsExactly("a1", "a2", "b1", "chk");
        assertThat(items.list(study.id()).get(2).scale().labels()).containsExactly("Never", "Sometimes", "Often");
        assertThat(studies.openingProblems(study.id())).isEmpty();

        StudySummary copy = studies.duplicate(study.id(), "copy-" + System.nanoTime());
        assertThat(items.list(copy.id())).isEqualTo(items.list(study.id()));
        assertThat(items.importDemo(copy.id())).isEqualTo(13);
    }

    @Test
    void aSessionKeepsItsOrderEachAnswerIsStoredOnceAndTheExportHoldsEveryRow() throws Exception {
        StudySummary study = study("Questionnaire sessions");
        items.importItems(study.id(), DatasetSource.ofText("ok.csv", ITEMS));
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();

        String session = start(study);
        QuestionnaireSession first = participation.load(session).orElseThrow();
        assertThat(first.pages()).hasSize(4);
        assertThat(participation.load(session).orElseThrow().pages()).isEqualTo(first.pages()); // a reload
        // blocks keep their order: A's items first
        assertThat(first.pages().subList(0, 2))
                .extracting(QuestionnairePage::itemKey)
                .containsExactlyInAnyOrder("a1", "a2");

        participation.consent(session);
        Map<String, Integer> chosen = new HashMap<>();
        for (QuestionnairePage page : first.pages()) {
            int point = page.itemKey().equals("chk") ? 4 : page.itemKey().equals("b1") ? 3 : 2;
            if (page.position() == 1) {
                assertThatThrownBy(() -> participation.answer(session, 1, 6, null, () -> {}))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("1 to 5");
            }
            AnswerReceipt stored = participation.answer(session, page.position(), point, null, () -> {});
            assertThat(stored.status()).isEqualTo(AnswerReceipt.Status.STORED);
            assertThat(participation
                            .answer(session, page.position(), 1, null, () -> {})
                            .status())
                    .isNotEqualTo(AnswerReceipt.Status.STORED); // a double click or a replay
            chosen.put(page.itemKey(), point);
        }
        assertThat(participation.load(session).orElseThrow().session().status().name())
                .isEqualTo("COMPLETED");

        // a second participant fails the attention item and is screened out there
        String failing = start(study);
        participation.consent(failing);
        List<QuestionnairePage> pages =
                participation.load(failing).orElseThrow().pages();
        for (QuestionnairePage page : pages) {
            AnswerReceipt r = participation.answer(failing, page.position(), 1, null, () -> {});
            if (page.itemKey().equals("chk")) {
                assertThat(r.session().name()).isEqualTo("SCREENED_OUT");
                break;
            }
        }
        assertThat(participation.load(failing).orElseThrow().session().status().name())
                .isEqualTo("SCREENED_OUT");

        logins.signIn(researcher);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(export.answersCsv(study.id())))
                .getRecords();
        List<CSVRecord> mine = rows.stream()
                .filter(r -> r.get("session_status").equals("COMPLETED"))
                .toList();
        assertThat(mine).hasSize(4);
        for (CSVRecord r : mine) {
            assertThat(Integer.parseInt(r.get("value"))).isEqualTo(chosen.get(r.get("item")));
            assertThat(r.get("position"))
                    .isEqualTo(Integer.toString(first.pages().stream()
                            .filter(p -> p.itemKey().equals(r.get("item")))
                            .findFirst()
                            .orElseThrow()
                            .position()));
        }
        CSVRecord a2 = mine.stream()
                .filter(r -> r.get("item").equals("a2"))
                .findFirst()
                .orElseThrow();
        assertThat(a2.get("reverse")).isEqualTo("yes");
        assertThat(a2.get("scored")).isEqualTo("4"); // 1 + 5 − 2
        CSVRecord chk = mine.stream()
                .filter(r -> r.get("item").equals("chk"))
                .findFirst()
                .orElseThrow();
        assertThat(chk.get("attention_passed")).isEqualTo("yes");
        assertThat(chk.get("scored")).isEmpty();
        assertThat(rows.stream().filter(r -> r.get("session_status").equals("SCREENED_OUT")))
                .anyMatch(r ->
                        r.get("item").equals("chk") && r.get("attention_passed").equals("no"));

        // the monitor shows each session's attention checks: the first passed its one, the second failed it
        assertThat(monitor.hasAttentionChecks(study.id())).isTrue();
        assertThat(monitor.rows(study.id(), null, 0, 10))
                .extracting(r -> r.status().name(), r -> r.attention().describe())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("COMPLETED", "1 passed"),
                        org.assertj.core.groups.Tuple.tuple("SCREENED_OUT", "1 failed of 1"));

        QuestionnaireReport report = results.report(study.id());
        assertThat(report.people()).isEqualTo(1);
        assertThat(report.screenedOut()).isEqualTo(1);
        assertThat(report.subscales()).extracting(SubscaleScores::subscale).containsExactly("risk", "harm");
        assertThat(report.subscales().getFirst().people().mean()).isEqualTo(3.0); // (2 + 4) / 2
        assertThat(items.scoringCsv(study.id()).lines().toList())
                .containsExactly("item,subscale,reverse", "a1,risk,no", "a2,risk,yes", "b1,harm,no");
    }
}
