package org.moralbase.dvb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.participation.TestParticipants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Items without example pairs are counted and keep a study from opening when nothing else is left; the per-item
 * distribution counts people's answers in the released option labels, whatever order they saw.
 */
class DvbDistributionIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    DvbItems items;

    @Autowired
    DvbDistribution distribution;

    @Autowired
    DvbParticipation dvb;

    @Autowired
    TestParticipants participants;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aStudyWhoseItemsHaveNoExamplesCannotOpen() {
        logins.signIn(logins.createUser("hid", Roles.RESEARCHER));
        long empty = studies.create("Empty", DeepValueKind.ID).id();
        assertThat(items.counts(empty)).isEqualTo(new DvbItemCounts(0, 0));
        assertThat(studies.openingProblems(empty))
                .containsExactly("The study has no items yet: import or build them on the Items page.");

        long promptsOnly = studies.create("Prompts only", DeepValueKind.ID).id();
        items.importPrompts(promptsOnly, Fixtures.source("dvb_prompts.json"), null);
        assertThat(items.counts(promptsOnly)).isEqualTo(new DvbItemCounts(2, 0));
        assertThatThrownBy(() -> studies.setStatus(promptsOnly, StudyStatus.OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not opened: None of its 2 items can be shown to participants");
        assertThat(studies.find(promptsOnly).orElseThrow().status()).isEqualTo(StudyStatus.DRAFT);
        // closing is never refused
        assertThat(studies.setStatus(promptsOnly, StudyStatus.CLOSED).status()).isEqualTo(StudyStatus.CLOSED);
    }

    @Test
    void theDistributionCountsReleasedLabelsPerPromptId() {
        logins.signIn(logins.createUser("dis", Roles.RESEARCHER));
        long studyId = studies.create("Distribution", DeepValueKind.ID).id();
        studies.updateSettings(studyId, new DvbSettings(1, 0, 1, 60, false, null, null).toJson());
        items.importPrompts(studyId, Fixtures.source("dvb_prompts.json"), Fixtures.source("dvb_examples.json"));
        assertThat(items.counts(studyId)).isEqualTo(new DvbItemCounts(2, 1));
        assertThat(items.counts(studyId).openingProblem()).isEqualTo(Optional.empty());
        studies.setStatus(studyId, StudyStatus.OPEN);

        // p-1's released test pair: A "Fair split, jokes", B "Keeps promise, serious" (the deep value, expected B)
        answerReleased("d1", studyId, "B");
        answerReleased("d2", studyId, "A");
        answerReleased("d3", studyId, "B");

        String csv = distribution.csv(studyId);
        assertThat(csv.lines().toList())
                .containsExactly(
                        "prompt_id,test_id,n_training_examples,expected_deep_value_choice,n_option_a,n_option_b,"
                                + "n_generalized,n_answered,dvgr,dvgr_ci_low,dvgr_ci_high",
                        // Wilson 2/3 by hand: [0.207660, 0.938508]
                        "p-1,t-1,4,Option B,1,2,2,3,0.666667,0.207660,0.938508",
                        "2,t-2,20,Option A,0,0,0,0,,,");
        assertThat(audit.forTarget("study", studyId, 5))
                .filteredOn(e -> e.action() == AuditAction.EXPORT)
                .extracting(AuditEntry::detail)
                .containsExactly("DVB item distribution CSV: 2 items");
    }

    private void answerReleased(String pid, long studyId, String released) {
        String id = participants.startFromProlific(studyId, pid);
        DvbTrialPage trial = dvb.consent(id).orElseThrow().trials().getFirst();
        boolean shownAsReleased = trial.test().a().equals("Fair split, jokes");
        String shown = shownAsReleased == released.equals("A") ? "A" : "B";
        dvb.answer(id, trial.position(), shown, Instant.now());
    }
}
