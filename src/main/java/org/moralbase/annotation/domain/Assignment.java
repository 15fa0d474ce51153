package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.moralbase.base.domain.AbstractEntity;

/** One item given to one worker. */
@Entity
@Table(name = "annotation_assignment")
public class Assignment extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 10)
    private AssignmentStatus status = AssignmentStatus.HELD;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    protected Assignment() {}

    public Assignment(long projectId, long itemId, long workerId, Instant now) {
        this.projectId = projectId;
        this.itemId = itemId;
        this.workerId = workerId;
        this.assignedAt = now;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getItemId() {
        return itemId;
    }

    public long getWorkerId() {
        return workerId;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public void complete(Instant now) {
        this.status = AssignmentStatus.DONE;
        this.submittedAt = now;
        this.durationMs = Duration.between(assignedAt, now).toMillis();
    }
}
