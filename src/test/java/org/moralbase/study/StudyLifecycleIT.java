package org.moralbase.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.dvb.DvbItems;
import org.moralbase.dvb.DvbQuotaRow;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.Source;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A study's life beyond open and closed, on the real database: created once per request, duplicated with its
 * settings and items and none of its answers, archived out of the lists, deleted only while it holds no answers.
 */
class StudyLifecycleIT extends IntegrationTest {

    private static final String PAIRS = "id,context,option_a,option_b\n"
            + "k1,You found a wallet.,Return the wallet,Keep the wallet\n"
            + "k2,A friend asks about a bad gift.,\"Tell the truth, kindly\",Keep quiet\n"
            + "k3,Your colleague cheats.,Report the colleague,Say nothing\n";

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    ParticipationService participation;

    @Autowired
    ChoicePairItems pairItems;

    @Autowired
    DvbItems dvbItems;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aReplayedCreateFindsTheStudyTheFirstOneMade() {
        String ann = logins.createUser("replay", Roles.RESEARCHER);
        logins.signIn(ann);
        StudySummary first = studies.create("Once only", MoralMachineKind.ID, "key-1");
        assertThat(studies.create("Once only", MoralMachineKind.ID, "key-1").id())
                .isEqualTo(first.id());
        assertThat(studies.create("Once only", MoralMachineKind.ID, "key-2").id())
                .isNotEqualTo(first.id());
        assertThat(studies.list(0, 100))
                .filteredOn(s -> s.title().equals("Once only"))
                .hasSize(2);
        assertThatThrownBy(() -> studies.create("Once only", MoralMachineKind.ID, "x".repeat(65)))
                .hasMessage("Request key: 1 to 64 characters");

        // keys are per account: another researcher's request with the same key is their own
        logins.signIn(logins.createUser("replay-other", Roles.RESEARCHER));
        assertThat(studies.create("Once only", MoralMachineKind.ID, "key-1").id())
                .isNotEqualTo(first.id());
    }

    @Test
    void aDuplicateHasTheSettingsRecruitmentAndChoicePairsButNoneOfTheAnswers() {
        logins.signIn(logins.createUser("dupe", Roles.RESEARCHER));
        StudySummary original = studies.create("Wallets", ChoicePairKind.ID);
        pairItems.importDataset(original.id(), FormatChoice.DETECT, DatasetSource.ofText("pairs.csv", PAIRS));
        studies.updateSettings(original.id(), "{\"askReason\":true}");
        RecruitmentSettings prolific = new RecruitmentSettings(Recruitment.PROLIFIC, 40, "C0DE1", "SCR33N");
        studies.updateRecruitment(original.id(), prolific);
        studies.setStatus(original.id(), StudyStatus.OPEN);
        participate(original.id(), "pid-1");

        StudySummary copy = studies.duplicate(original.id(), "dup-key");
        assertThat(studies.duplicate(original.id(), "dup-key").id()).isEqualTo(copy.id());
        assertThat(copy.title()).isEqualTo("Copy of Wallets");
        assertThat(copy.kind()).isEqualTo(ChoicePairKind.ID);
        assertThat(copy.status()).isEqualTo(StudyStatus.DRAFT);
        assertThat(copy.settings()).isEqualTo("{\"askReason\":true}");
        assertThat(copy.recruitment()).isEqualTo(prolific);
        assertThat(copy.publicCode()).isNotEqualTo(original.publicCode());
        assertThat(copy.archived()).isFalse();
        // every column of every item, in order, whatever columns the table gains later
        assertThat(itemRows("choice_pair_item", copy.id()))
                .hasSize(3)
                .isEqualTo(itemRows("choice_pair_item", original.id()));
        assertThat(studies.held(original.id())).containsExactly("1 participant session");
        assertThat(studies.held(copy.id())).isEmpty();
        logins.asAdmin(() -> assertThat(audit.forTarget("study", copy.id(), 10))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        AuditAction.STUDY_DUPLICATED, "from study " + original.id() + ", 3 items")));
    }

    @Test
    void aDuplicateOfADeepValueStudyHasItsItemsAndEmptyQuotaCells() {
        logins.signIn(logins.createUser("dupe-dvb", Roles.RESEARCHER));
        StudySummary original = studies.create("Deep values", DeepValueKind.ID);
        dvbItems.importPrompts(
                original.id(), Fixtures.source("dvb_prompts.json"), Fixtures.source("dvb_examples.json"));
        StudySummary copy = studies.duplicate(original.id(), null);
        List<Map<String, Object>> items = itemRows("dvb_item", original.id());
        assertThat(items).isNotEmpty();
        assertThat(itemRows("dvb_item", copy.id())).isEqualTo(items);
        assertThat(dvbItems.quotas(copy.id())).extracting(DvbQuotaRow::filled).containsOnly(0);
        assertThat(dvbItems.quotas(copy.id()))
                .extracting(q -> q.n() + "/" + q.valueSet() + "/" + q.context())
                .containsExactlyElementsOf(dvbItems.quotas(original.id()).stream()
                        .map(q -> q.n() + "/" + q.valueSet() + "/" + q.context())
                        .toList());
    }

    @Test
    void anArchivedStudyLeavesTheListsKeepsItsAnswersAndComesBack() {
        String owner = logins.createUser("archivist", Roles.RESEARCHER);
        String colleague = logins.createUser("archivist-colleague", Roles.RESEARCHER);
        logins.signIn(owner);
        StudySummary study = studies.create("Finished study", MoralMachineKind.ID);
        studies.share(study.id(), colleague);
        studies.setStatus(study.id(), StudyStatus.OPEN);
        participate(study.id(), "pid-archive");

        assertThatThrownBy(() -> studies.archive(study.id()))
                .hasMessage("Archive: close the study first; participants can still join it");
        studies.setStatus(study.id(), StudyStatus.CLOSED);
        logins.signIn(colleague);
        assertThatThrownBy(() -> studies.archive(study.id()))
                .hasMessage("Only the owner or an admin can archive a study");

        logins.signIn(owner);
        assertThat(studies.archive(study.id()).archived()).isTrue();
        assertThat(studies.list(0, 500)).extracting(StudySummary::id).doesNotContain(study.id());
        assertThat(studies.listArchived(0, 500)).extracting(StudySummary::id).contains(study.id());
        assertThat(studies.find(study.id())).map(StudySummary::status).contains(StudyStatus.CLOSED);
        assertThatThrownBy(() -> studies.setStatus(study.id(), StudyStatus.OPEN))
                .hasMessage("Not opened: the study is archived; restore it first");
        assertThatThrownBy(() -> studies.delete(study.id()))
                .hasMessage("Delete: the study holds 1 participant session; archive it instead, which keeps them");

        assertThat(studies.restore(study.id()).archived()).isFalse();
        assertThat(studies.list(0, 500)).extracting(StudySummary::id).contains(study.id());
        logins.asAdmin(() -> assertThat(audit.forTarget("study", study.id(), 20))
                .extracting(AuditEntry::action)
                .contains(AuditAction.STUDY_ARCHIVED, AuditAction.STUDY_RESTORED));
    }

    @Test
    void aStudyWithoutAnswersIsDeletedWithItsItems() {
        logins.signIn(logins.createUser("deleter", Roles.RESEARCHER));
        StudySummary study = studies.create("Made by mistake", ChoicePairKind.ID);
        pairItems.importDataset(study.id(), FormatChoice.DETECT, DatasetSource.ofText("pairs.csv", PAIRS));
        assertThat(studies.held(study.id())).isEmpty();
        studies.delete(study.id());
        assertThat(studies.find(study.id())).isEmpty();
        assertThat(itemRows("choice_pair_item", study.id())).isEmpty();
        logins.asAdmin(() -> assertThat(audit.forTarget("study", study.id(), 10))
                .extracting(AuditEntry::action)
                .contains(AuditAction.STUDY_DELETED));
    }

    private void participate(long studyId, String pid) {
        StartOutcome started = participation.start(
                publicStudies.byId(studyId).orElseThrow(),
                new Arrival(Source.PROLIFIC, pid, "s", "x", null, false),
                null,
                "en",
                "desktop");
        assertThat(started).isInstanceOf(StartOutcome.Ready.class);
    }

    /** A study's item rows without their own id, study, version and time. */
    private List<Map<String, Object>> itemRows(String table, long studyId) {
        return jdbc.queryForList("SELECT * FROM " + table + " WHERE study_id = ? ORDER BY id", studyId).stream()
                .map(row -> {
                    Map<String, Object> kept = new java.util.LinkedHashMap<>(row);
                    List.of("id", "study_id", "version", "created_at").forEach(kept::remove);
                    return kept;
                })
                .toList();
    }
}
