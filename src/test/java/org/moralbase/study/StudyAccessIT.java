package org.moralbase.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class StudyAccessIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aResearcherSeesOwnAndSharedStudiesOnlyAndAnAdminSeesAll() {
        String ann = logins.createUser("ann", Roles.RESEARCHER);
        String ben = logins.createUser("ben", Roles.RESEARCHER);

        logins.signIn(ann);
        StudySummary study = studies.create("Trolley baseline", MoralMachineKind.ID);
        assertThat(study.status()).isEqualTo(StudyStatus.DRAFT);
        assertThat(study.publicCode()).matches("[a-z0-9]{12}");
        assertThat(studies.list(0, 100)).extracting(StudySummary::id).contains(study.id());

        logins.signIn(ben);
        assertThat(studies.find(study.id())).isEmpty();
        assertThat(studies.list(0, 100)).extracting(StudySummary::id).doesNotContain(study.id());
        assertThatThrownBy(() -> studies.setStatus(study.id(), StudyStatus.OPEN))
                .isInstanceOf(StudyNotFoundException.class);
        assertThatThrownBy(() -> studies.delete(study.id())).isInstanceOf(StudyNotFoundException.class);

        logins.signIn(ann);
        studies.share(study.id(), ben);

        logins.signIn(ben);
        assertThat(studies.find(study.id())).isPresent();
        assertThatThrownBy(() -> studies.delete(study.id())).hasMessageContaining("Only the owner");

        logins.asAdmin(() -> {
            assertThat(studies.find(study.id())).isPresent();
            assertThat(audit.forTarget("study", study.id(), 10))
                    .extracting(AuditEntry::action)
                    .contains(AuditAction.STUDY_CREATED, AuditAction.STUDY_SHARED);
        });
    }

    @Test
    void onlyTheOwnerSharesAndUnsharesAndBothAreAudited() {
        String owner = logins.createUser("olive", Roles.RESEARCHER);
        String guest = logins.createUser("gus", Roles.RESEARCHER);
        String third = logins.createUser("thea", Roles.RESEARCHER);
        logins.signIn(owner);
        StudySummary study = studies.create("Shared for a while", MoralMachineKind.ID);
        studies.share(study.id(), guest);
        long guestId = studies.sharedWithAccounts(study.id()).getFirst().id();
        assertThat(studies.sharedWithAccounts(study.id()))
                .extracting(a -> a.username())
                .containsExactly(guest);

        // whom it was shared with sees it, but cannot share it on or take it from anyone
        logins.signIn(guest);
        assertThat(studies.manages(studies.find(study.id()).orElseThrow())).isFalse();
        assertThatThrownBy(() -> studies.share(study.id(), third))
                .hasMessage("Only the owner or an admin can share a study");
        assertThatThrownBy(() -> studies.unshare(study.id(), guestId)).hasMessageContaining("Only the owner");

        logins.signIn(owner);
        studies.unshare(study.id(), guestId);
        assertThat(studies.sharedWithAccounts(study.id())).isEmpty();

        logins.signIn(guest);
        assertThat(studies.find(study.id())).isEmpty();

        logins.asAdmin(() -> assertThat(audit.forTarget("study", study.id(), 10))
                .filteredOn(e -> e.action() == AuditAction.STUDY_SHARED || e.action() == AuditAction.STUDY_UNSHARED)
                .extracting(AuditEntry::detail)
                .containsExactlyInAnyOrder("with " + guest, "from " + guest));
    }

    @Test
    void annotatorsAndAnonymousCallersCannotUseStudies() {
        String ann = logins.createUser("annotator", Roles.ANNOTATOR);
        logins.signIn(ann);
        assertThatThrownBy(() -> studies.list(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        logins.signOut();
        assertThatThrownBy(() -> studies.create("x", ChoicePairKind.ID))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void participantsFindAStudyOnlyByItsPublicCodeAndDeletionIsAudited() {
        String owner = logins.createUser("owner", Roles.RESEARCHER);
        logins.signIn(owner);
        StudySummary study = studies.create("Public code test", DeepValueKind.ID);
        logins.signOut();

        assertThat(publicStudies.byCode(study.publicCode()))
                .map(PublicStudy::title)
                .contains("Public code test");
        assertThat(publicStudies.byCode("nonexistent0")).isEmpty();
        assertThat(publicStudies.byCode("../../etc")).isEmpty();

        logins.signIn(owner);
        studies.delete(study.id());
        assertThat(publicStudies.byCode(study.publicCode())).isEmpty();
        logins.asAdmin(() -> assertThat(audit.forTarget("study", study.id(), 10))
                .extracting(AuditEntry::action)
                .contains(AuditAction.STUDY_DELETED));
    }

    @Test
    void aStudyNeedsATitle() {
        logins.signIn(logins.createUser("fay", Roles.RESEARCHER));
        assertThatThrownBy(() -> studies.create("   ", MoralMachineKind.ID)).hasMessageStartingWith("Title:");
    }
}
