package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/** An annotator invited to a project, and where they stand. */
@Entity
@Table(name = "annotation_member")
public class AnnotationMember extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "checks_passed", nullable = false)
    private boolean checksPassed;

    @Column(name = "screened_out", nullable = false)
    private boolean screenedOut;

    @Column(name = "excluded", nullable = false)
    private boolean excluded;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected AnnotationMember() {}

    public AnnotationMember(long projectId, long userId, Instant now) {
        this.projectId = projectId;
        this.userId = userId;
        this.invitedAt = now;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getUserId() {
        return userId;
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
