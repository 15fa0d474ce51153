package org.moralbase.moralmachine;

import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.stereotype.Component;

/** Test helper: open Moral Machine studies, made by a new researcher who is signed out again. */
@Component
public class MoralMachineStudies {

    private final TestLogins logins;
    private final StudyService studies;
    private final PublicStudies publicStudies;

    MoralMachineStudies(TestLogins logins, StudyService studies, PublicStudies publicStudies) {
        this.logins = logins;
        this.studies = studies;
        this.publicStudies = publicStudies;
    }

    /** An open study with the default settings and a public link. */
    public PublicStudy open(String title) {
        return open(title, null);
    }

    /** An open study recruiting on Prolific with this completion code. */
    public PublicStudy openOnProlific(String title, String completionCode) {
        return open(title, new RecruitmentSettings(Recruitment.PROLIFIC, null, completionCode, null));
    }

    private PublicStudy open(String title, RecruitmentSettings recruitment) {
        logins.signIn(logins.createUser("mara", Roles.RESEARCHER));
        try {
            long id = studies.create(title, MoralMachineKind.ID).id();
            if (recruitment != null) {
                studies.updateRecruitment(id, recruitment);
            }
            studies.setStatus(id, StudyStatus.OPEN);
            return publicStudies.byId(id).orElseThrow();
        } finally {
            logins.signOut();
        }
    }
}
