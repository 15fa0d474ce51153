package org.moralbase.annotation;

import java.security.SecureRandom;
import java.util.Optional;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and closes a project's public link for crowd workers from Prolific or MTurk. */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class CrowdLinkService {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    /** The rule for a crowd link's platform, in the words forms and refusals use. */
    public static final String PLATFORM_RULE = "Platform: crowd links are for Prolific or MTurk";

    private final ProjectAccess access;
    private final AuditService audit;
    // public codes need no replay, only unguessability
    private final SecureRandom random = new SecureRandom();

    CrowdLinkService(ProjectAccess access, AuditService audit) {
        this.access = access;
        this.audit = audit;
    }

    /** The open link, if any. */
    @Transactional(readOnly = true)
    public Optional<CrowdLink> link(long projectId) {
        return link(access.managed(projectId));
    }

    /**
     * Opens (or changes) the link.
     *
     * @param completionCode required for Prolific, shown at the end
     * @param screenOutCode shown after a failed screen-out check; may be blank
     */
    @Transactional
    public CrowdLink open(long projectId, Recruitment recruitment, String completionCode, String screenOutCode) {
        AnnotationProject project = access.managed(projectId);
        if (recruitment != Recruitment.PROLIFIC && recruitment != Recruitment.MTURK) {
            throw new IllegalArgumentException(PLATFORM_RULE);
        }
        String completion = blankToNull(completionCode);
        String screenOut = blankToNull(screenOutCode);
        if (recruitment == Recruitment.PROLIFIC && completion == null) {
            throw new IllegalArgumentException("Completion code: Prolific needs one");
        }
        if (completion != null && !completion.matches(RecruitmentSettings.CODE)) {
            throw new IllegalArgumentException(RecruitmentSettings.COMPLETION);
        }
        if (screenOut != null && !screenOut.matches(RecruitmentSettings.CODE)) {
            throw new IllegalArgumentException(RecruitmentSettings.SCREEN_OUT);
        }
        project.configureCrowd(newCode(), recruitment.name(), completion, screenOut);
        audit.record(
                AuditAction.STUDY_UPDATED, AnnotationProjectService.TARGET, projectId, "crowd link " + recruitment);
        return link(project).orElseThrow();
    }

    /** Closes the link: arrivals and crowd work pages then find nothing. */
    @Transactional
    public void close(long projectId) {
        AnnotationProject project = access.managed(projectId);
        project.configureCrowd(null, null, project.getCompletionCode(), project.getScreenOutCode());
        audit.record(AuditAction.STUDY_UPDATED, AnnotationProjectService.TARGET, projectId, "crowd link closed");
    }

    private static Optional<CrowdLink> link(AnnotationProject p) {
        return p.getCrowdRecruitment() == null
                ? Optional.empty()
                : Optional.of(new CrowdLink(
                        p.getPublicCode(),
                        Recruitment.valueOf(p.getCrowdRecruitment()),
                        p.getCompletionCode(),
                        p.getScreenOutCode()));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
