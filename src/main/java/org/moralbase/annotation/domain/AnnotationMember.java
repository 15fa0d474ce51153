package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/**
 * A worker on a project and where they stand: an invited annotator (a user) or a crowd worker from Prolific or
 * MTurk (no user; source, external id and an unguessable public id). Assignments name the member's id.
 */
@Entity
@Table(name = "annotation_member")
public class AnnotationMember extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "checks_passed", nullable = false)
    private boolean checksPassed;

    @Column(name = "screened_out", nullable = false)
    private boolean screenedOut;

    @Column(name = "excluded", nullable = false)
    private boolean excluded;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "source", length = 10)
    private String source;

    @Column(name = "external_id", length = 128)
    private String externalId;

    @Column(name = "external_study_id", length = 128)
    private String externalStudyId;

    @Column(name = "external_session_id", length = 128)
    private String externalSessionId;

    @Column(name = "submit_to", length = 100)
    private String submitTo;

    @Column(name = "public_id", length = 36)
    private String publicId;

    protected AnnotationMember() {}

    public AnnotationMember(long projectId, long userId, Instant now) {
        this.projectId = projectId;
        this.userId = userId;
        this.invitedAt = now;
    }

    public long getProjectId() {
        return projectId;
    }

    /** A crowd worker: no account, known by the platform's ids. */
    public static AnnotationMember crowd(
            long projectId,
            String source,
            String externalId,
            String externalStudyId,
            String externalSessionId,
            String submitTo,
            String publicId,
            Instant now) {
        AnnotationMember m = new AnnotationMember();
        m.projectId = projectId;
        m.source = source;
        m.externalId = externalId;
        m.externalStudyId = externalStudyId;
        m.externalSessionId = externalSessionId;
        m.submitTo = submitTo;
        m.publicId = publicId;
        m.invitedAt = now;
        return m;
    }

    /** The account id, or null for a crowd worker. */
    public Long getUserId() {
        return userId;
    }

    public boolean isCrowd() {
        return userId == null;
    }

    public String getSource() {
        return source;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getExternalStudyId() {
        return externalStudyId;
    }

    public String getExternalSessionId() {
        return externalSessionId;
    }

    public String getSubmitTo() {
        return submitTo;
    }

    public String getPublicId() {
        return publicId;
    }

    /** A returning crowd worker may come with a new Prolific session or MTurk assignment. */
    public void arrivedAgain(String externalStudyId, String externalSessionId, String submitTo) {
        this.externalStudyId = externalStudyId;
        this.externalSessionId = externalSessionId;
        if (submitTo != null) {
            this.submitTo = submitTo;
        }
    }

    public boolean isChecksPassed() {
        return checksPassed;
    }

    public void passChecks() {
        this.checksPassed = true;
    }

    public boolean isScreenedOut() {
        return screenedOut;
    }

    public void screenOut() {
        this.screenedOut = true;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public void setExcluded(boolean excluded) {
        this.excluded = excluded;
    }
}
