package org.moralbase.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A utility study on MariaDB without a browser: outcome imports are all-or-nothing with the line or field named;
 * a session's pairs are planned once and survive a reload; a vote is stored once; a duplicate copies the outcomes.
 */
class UtilityStudyIT extends IntegrationTest {

    private static final String OUTCOMES = "id,description,category\n"
            + "a,You receive $10.,money\n"
            + "b,You receive $1000.,money\n"
            + "c,A park opens near you.,\n"
            + "d,A library closes.,\n";

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    UtilityOutcomes outcomes;

    @Autowired
    UtilityParticipation participation;

    @Autowired
    ParticipationService sessions;

    @Autowired
    UtilityExport export;

    @Autowired
    org.moralbase.study.PublicStudies publicStudies;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private String researcher;

    private StudySummary study(String title) {
        researcher = logins.createUser("ute", Roles.RESEARCHER);
        logins.signIn(researcher);
        return studies.create(title, UtilityKind.ID);
    }

    @Test
    void aBadFileStoresNothingAndNamesTheLineOrField() {
        StudySummary study = study("Bad outcomes");
        String duplicate = "id,description\nx,One\ny,Two\nx,Three\n";
        assertThatThrownBy(() -> outcomes.importOutcomes(study.id(), DatasetSource.ofText("dup.csv", duplicate)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 4");
        assertThatThrownBy(() -> outcomes.importOutcomes(study.id(), DatasetSource.ofText("bad.json", "{\"a\": [")))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() ->
                        outcomes.importOutcomes(study.id(), DatasetSource.ofText("empty.csv", "id,description\n")))
                .isInstanceOf(ImportException.class);
        String barred = "id,description\nok,Fine\nno|pe,Has a bar\n";
        assertThatThrownBy(() -> outcomes.importOutcomes(study.id(), DatasetSource.ofText("bar.csv", barred)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no|pe");
        assertThat(outcomes.list(study.id())).isEmpty();
        assertThat(studies.openingProblems(study.id())).anyMatch(p -> p.contains("at least two outcomes"));

        assertThat(outcomes.importOutcomes(study.id(), DatasetSource.ofText("ok.csv", OUTCOMES)))
                .isEqualTo(4);
        assertThatThrownBy(() -> outcomes.importOutcomes(study.id(), DatasetSource.ofText("again.csv", OUTCOMES)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("already in this study");
        assertThat(outcomes.list(study.id())).extracting(OutcomeSummary::key).containsExactly("a", "b", "c", "d");
        assertThat(studies.openingProblems(study.id())).isEmpty();

        StudySummary copy = studies.duplicate(study.id(), "copy-" + System.nanoTime());
        assertThat(outcomes.list(copy.id()))
                .extracting(OutcomeSummary::description)
                .containsExactly(
                        "You receive $10.", "You receive $1000.", "A park opens near you.", "A library closes.");
    }

    @Test
    void aSessionKeepsItsPairsAndEachVoteIsStoredOnce() {
        StudySummary study = study("Utility sessions");
        outcomes.importOutcomes(study.id(), DatasetSource.ofText("ok.csv", OUTCOMES));
        studies.updateSettings(study.id(), new UtilitySettings(4, 1, false, null).toJson());
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();

        String session = ((StartOutcome.Ready) sessions.start(
                        publicStudies.byId(study.id()).orElseThrow(), Arrival.publicLink(), null, "en", "desktop"))
                .session()
                .token();
        UtilitySession first = participation.load(session).orElseThrow();
        assertThat(first.pages()).hasSize(4);
        assertThat(participation.load(session).orElseThrow().pages()).isEqualTo(first.pages()); // a reload
        Set<String> pairs = first.pages().stream()
                .map(p ->
                        p.optionA().compareTo(p.optionB()) < 0 ? p.optionA() + p.optionB() : p.optionB() + p.optionA())
                .collect(Collectors.toSet());
        assertThat(pairs).hasSize(4);

        participation.consent(session);
        AnswerReceipt stored = participation.answer(session, 1, "A", null, () -> {});
        assertThat(stored.status()).isEqualTo(AnswerReceipt.Status.STORED);
        assertThat(participation.answer(session, 1, "B", null, () -> {}).status())
                .isNotEqualTo(AnswerReceipt.Status.STORED); // a double click or a replay
        assertThatThrownBy(() -> participation.answer(session, 2, "C", null, () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        for (int position = 2; position <= 4; position++) {
            participation.answer(session, position, "B", null, () -> {});
        }
        assertThat(participation.load(session).orElseThrow().session().status().name())
                .isEqualTo("COMPLETED");

        logins.signIn(researcher);
        List<String> lines = export.votesCsv(study.id()).lines().toList();
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.get(1)).contains(",A,"); // position 1 was chosen as shown first
    }
}
