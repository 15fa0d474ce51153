package org.moralbase.choicepair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.CsvRecords;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.SessionMonitor;
import org.moralbase.participation.TestParticipants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A choice-pair study with items from all four formats: it refuses to open while empty; its answers export in long
 * format (tricky reasons intact), the shares page as a table, and each format's distribution in its own shape.
 */
class ChoicePairExportIT extends IntegrationTest {

    private static final String REASON = "Because, \"honestly\",\nit's fair; \u00e9\u4e2d";

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems items;

    @Autowired
    ChoicePairModels models;

    @Autowired
    ChoicePairExport export;

    @Autowired
    ChoicePairDistributions distributions;

    @Autowired
    TestParticipants participants;

    @Autowired
    ChoicePairParticipation choicePairs;

    @Autowired
    AuditService audit;

    @Autowired
    ChoicePairResults results;

    @Autowired
    org.moralbase.participation.SessionMonitor monitor;

    @Autowired
    org.moralbase.participation.ParticipantsExport participantsExport;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void answersExportInLongFormatTheSharesAsATableAndEachFormatInItsOwnShape() {
        logins.signIn(logins.createUser("exa", Roles.RESEARCHER));
        long studyId = studies.create("Exports", ChoicePairKind.ID).id();
        studies.updateSettings(studyId, new ChoicePairSettings(8, true, true, null).toJson());
        assertThat(studies.openingProblems(studyId))
                .containsExactly("The study has no items yet: import them on the Items page.");
        assertThatThrownBy(() -> studies.setStatus(studyId, StudyStatus.OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not opened: The study has no items yet: import them on the Items page.");
        assertThat(items.importDataset(studyId, FormatChoice.DETECT, Fixtures.source("dist_generic.csv"))
                        .message())
                .isEqualTo("Stored 2 items from dist_generic.csv, recognised as Generic CSV.");
        assertThat(Fixtures.problems(() ->
                        items.importDataset(studyId, chosen("SCRUPLES"), Fixtures.source("dist_moralchoice.csv"))))
                .singleElement()
                .asString()
                .startsWith("dist_moralchoice.csv: this is MoralChoice (CSV)");
        items.importDataset(studyId, chosen("SCRUPLES"), Fixtures.source("dist_scruples.jsonl"));
        assertThat(items.importDataset(studyId, chosen("MORAL_CHOICE"), Fixtures.source("dist_moralchoice.csv"))
                        .message())
                .isEqualTo("Stored 2 items from dist_moralchoice.csv as MoralChoice (CSV).");
        items.importDataset(studyId, FormatChoice.DETECT, Fixtures.source("dist_dailydilemmas.csv"));
        assertThat(studies.openingProblems(studyId)).isEmpty();
        studies.setStatus(studyId, StudyStatus.OPEN);

        // p1 chooses A everywhere (one tricky reason), p2 B everywhere but cannot decide on d2
        Map<String, String[]> byOption = optionsToItems(studyId);
        answerAll("p1", studyId, byOption, key -> "A", "g2");
        answerAll("p2", studyId, byOption, key -> key.equals("d2") ? ChoicePairParticipation.UNDECIDED : "B", null);
        models.importAnswers(
                studyId, DatasetSource.ofText("m.csv", "item,model,answer,order\ng2,gpt,A,AB\ng2,gpt,?,BA\n"), false);

        String responsesCsv = export.responsesCsv(studyId);
        assertThat(responsesCsv.lines().findFirst().orElseThrow())
                .isEqualTo("participant,source,external_id,session_status,position,item,order_shown,choice,reason,"
                        + "response_time_ms,answered_at,condition");
        List<CSVRecord> responses = CsvRecords.parse(responsesCsv);
        assertThat(responses).hasSize(16);
        assertThat(responses).extracting(r -> r.get("source")).containsOnly("PROLIFIC");
        assertThat(responses).extracting(r -> r.get("session_status")).containsOnly("COMPLETED");
        List<CSVRecord> first = responses.subList(0, 8);
        assertThat(first).extracting(r -> r.get("position")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(first).extracting(r -> r.get("choice")).containsOnly("A");
        assertThat(responses.subList(8, 16)).extracting(r -> r.get("choice")).containsOnly("B", "undecided");
        CSVRecord tricky = first.stream()
                .filter(r -> r.get("item").equals("g2"))
                .findFirst()
                .orElseThrow();
        assertThat(tricky.get("reason")).isEqualTo(REASON);
        assertThat(first)
                .filteredOn(r -> !r.get("item").equals("g2"))
                .extracting(r -> r.get("reason"))
                .containsOnly("");
        assertThat(responses).extracting(r -> r.get("order_shown")).containsOnly("AB", "BA");
        assertThat(responses).extracting(r -> r.get("condition")).containsOnly(""); // the study has no conditions
        assertThat(Long.parseLong(tricky.get("response_time_ms"))).isGreaterThanOrEqualTo(1_000);
        assertThat(Instant.parse(tricky.get("answered_at")))
                .isBefore(Instant.now().plusSeconds(1));

        List<CSVRecord> shares = CsvRecords.parse(export.sharesCsv(studyId));
        assertThat(shares).hasSize(8); // one row per item for the one model
        CSVRecord g2 = shares.stream()
                .filter(r -> r.get("item").equals("g2"))
                .findFirst()
                .orElseThrow();
        assertThat(g2.get("option_b")).isEqualTo("Say \"no\" politely");
        assertThat(List.of(
                        g2.get("people_n"), g2.get("people_a"), g2.get("people_undecided"), g2.get("people_share_a")))
                .containsExactly("2", "1", "0", "0.500000");
        assertThat(List.of(g2.get("model"), g2.get("model_n"), g2.get("model_share_a"), g2.get("model_unparseable")))
                .containsExactly("gpt", "1", "1.000000", "1");
        // q = (1 + 1/2)/(1 + 1) = 0.75: KL = .5 ln(.5/.75) + .5 ln(.5/.25) = 0.143841; people tied: no verdict
        assertThat(List.of(
                        g2.get("model_difference"),
                        g2.get("kl_divergence"),
                        g2.get("divergence_smoothing"),
                        g2.get("majorities_agree")))
                .containsExactly("0.500000", "0.143841", "jeffreys (k+0.5)/(n+1)", "");
        CSVRecord d2 = shares.stream()
                .filter(r -> r.get("item").equals("d2"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(d2.get("people_n"), d2.get("people_undecided"), d2.get("people_share_a"), d2.get("model_n")))
                .containsExactly("1", "1", "1.000000", "0");

        assertThat(distributions.files(studyId))
                .extracting(DistributionFile::name)
                .containsExactly("daily-dilemmas", "moral-choice", "scruples", "generic");
        assertThat(distributions.distribution(studyId, "scruples").lines())
                .hasSize(2)
                .last()
                .asString()
                .contains(
                        "\"people_chose\":[1,0],\"people_annotations\":[0,1],\"people_label\":1,\"people_undecided\":1");
        assertThat(CsvRecords.parse(distributions.distribution(studyId, "generic")))
                .extracting(r -> r.get("id") + " " + r.get("n_a") + " " + r.get("n_b"))
                .containsExactly("g,1 1 1", "g2 1 1");
        assertThat(CsvRecords.parse(distributions.distribution(studyId, "daily-dilemmas")))
                .extracting(r -> r.get("dilemma_idx") + " " + r.get("action_type") + " " + r.get("n_chose"))
                .containsExactly("7 to_do 1", "7 not_to_do 1", "9 to_do 1", "9 not_to_do 1");
        assertThat(CsvRecords.parse(distributions.distribution(studyId, "moral-choice")))
                .extracting(r -> r.get("scenario_id") + " " + r.get("n_action1") + " " + r.get("n_action2"))
                .containsExactly("H_001 1 1", "G_002 1 1");

        // the participants, with the ids a researcher needs on Prolific, in the order they arrived
        java.io.ByteArrayOutputStream people = new java.io.ByteArrayOutputStream();
        try {
            assertThat(participantsExport.write(studyId, people)).isEqualTo(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<CSVRecord> rows = CsvRecords.parse(people.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(rows)
                .extracting(
                        r -> r.get("external_id"), r -> r.get("source"), r -> r.get("status"), r -> r.get("answers"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p1", "PROLIFIC", "COMPLETED", "8"),
                        org.assertj.core.groups.Tuple.tuple("p2", "PROLIFIC", "COMPLETED", "8"));
        assertThat(rows)
                .extracting(r -> r.get("participant"))
                .containsExactlyElementsOf(responses.stream()
                        .map(r -> r.get("participant"))
                        .distinct()
                        .toList());
        assertThat(responses).extracting(r -> r.get("external_id")).containsOnly("p1", "p2");

        assertThat(audit.forTarget("study", studyId, 20))
                .filteredOn(e -> e.action() == AuditAction.EXPORT)
                .extracting(AuditEntry::detail)
                .contains(
                        "choice-pair responses CSV: 16 rows",
                        "choice-pair shares CSV: 8 rows",
                        "choice-pair distribution scruples: 2 items",
                        "participants CSV: 2 rows");

        logins.signIn(logins.createUser("other", Roles.RESEARCHER));
        assertThatThrownBy(() -> export.responsesCsv(studyId)).isInstanceOf(StudyNotFoundException.class);
        assertThatThrownBy(() -> distributions.files(studyId)).isInstanceOf(StudyNotFoundException.class);
    }

    private FormatChoice chosen(String formatId) {
        return items.formatChoices().stream()
                .filter(c -> formatId.equals(c.formatId()))
                .findFirst()
                .orElseThrow();
    }

    /** Option text → {item key, "A" or "B"}; the texts of the fixtures are unique across the four files. */
    @Test
    void anExcludedParticipantLeavesTheSharesAndTheAnswersExportAndComesBackWhenIncluded() throws Exception {
        logins.signIn(logins.createUser("exc", Roles.RESEARCHER));
        long studyId = studies.create("Exclusions", ChoicePairKind.ID).id();
        studies.updateSettings(studyId, new ChoicePairSettings(2, false, true, null).toJson());
        items.importDataset(studyId, FormatChoice.DETECT, Fixtures.source("dist_generic.csv"));
        studies.setStatus(studyId, StudyStatus.OPEN);
        Map<String, String[]> byOption = optionsToItems(studyId);
        answerAll("x1", studyId, byOption, key -> "A", null);
        answerAll("x2", studyId, byOption, key -> "B", null);
        long x1 = monitor.rows(studyId, null, 0, 10).stream()
                .filter(r -> "x1".equals(r.externalId()))
                .findFirst()
                .orElseThrow()
                .sessionId();
        assertThat(results.shares(studyId))
                .allSatisfy(s -> assertThat(s.shareA().trials()).isEqualTo(2));

        monitor.exclude(studyId, x1, "answered in 3 seconds");

        assertThat(results.shares(studyId)).allSatisfy(s -> {
            assertThat(s.shareA().trials()).isEqualTo(1);
            assertThat(s.shareA().successes()).isZero(); // only x2, who chose B, is left
        });
        assertThat(CsvRecords.parse(export.responsesCsv(studyId)))
                .extracting(r -> r.get("external_id"))
                .containsOnly("x2");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        participantsExport.write(studyId, out);
        assertThat(CsvRecords.parse(out.toString(java.nio.charset.StandardCharsets.UTF_8)))
                .extracting(r -> r.get("external_id") + ":" + r.get("excluded") + ":" + r.get("exclusion_reason"))
                .containsExactlyInAnyOrder("x1:true:answered in 3 seconds", "x2:false:");
        assertThat(monitor.count(studyId, SessionMonitor.EXCLUDED)).isEqualTo(1);
        assertThat(monitor.count(studyId, "COMPLETED")).isEqualTo(1);
        assertThatThrownBy(() -> monitor.exclude(studyId, x1, " ")).hasMessage(SessionMonitor.REASON_RULE);

        monitor.include(studyId, x1);

        assertThat(results.shares(studyId))
                .allSatisfy(s -> assertThat(s.shareA().trials()).isEqualTo(2));
        assertThat(CsvRecords.parse(export.responsesCsv(studyId))).hasSize(4);
        logins.asAdmin(() -> assertThat(audit.forTarget("study", studyId, 20))
                .extracting(AuditEntry::action)
                .contains(AuditAction.SESSION_EXCLUDED, AuditAction.SESSION_INCLUDED));
    }

    private Map<String, String[]> optionsToItems(long studyId) {
        Map<String, String[]> map = new HashMap<>();
        for (ChoicePairRow row : items.list(studyId)) {
            map.put(row.optionA(), new String[] {row.key(), "A"});
            map.put(row.optionB(), new String[] {row.key(), "B"});
        }
        return map;
    }

    private void answerAll(
            String pid,
            long studyId,
            Map<String, String[]> byOption,
            java.util.function.Function<String, String> wanted,
            String reasonOn) {
        String id = participants.startFromProlific(studyId, pid);
        choicePairs.consent(id);
        for (ChoicePairPage page : choicePairs.load(id).orElseThrow().pages()) {
            String[] shownA = byOption.get(page.optionA());
            String key = shownA[0];
            String original = wanted.apply(key);
            String shown = original.equals(ChoicePairParticipation.UNDECIDED)
                    ? original
                    : shownA[1].equals(original) ? "A" : "B";
            if (key.equals(reasonOn)) { // a reason longer than the page's field allows is refused, nothing stored
                String tooLong = "r".repeat(ChoicePairParticipation.MAX_REASON + 1);
                assertThatThrownBy(() -> choicePairs.answer(id, page.position(), shown, tooLong, Instant.now()))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Reason: at most 2000 characters (this one has 2001)");
            }
            choicePairs.answer(
                    id,
                    page.position(),
                    shown,
                    key.equals(reasonOn) ? REASON : null,
                    Instant.now().minus(Duration.ofSeconds(2)));
        }
    }
}
