package org.moralbase.moralgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.moralbase.base.domain.AbstractEntity;

/** A value card of a study: written by a participant ({@code sessionId}) or imported ({@code sourceId}, the file's id). */
@Entity
@Table(name = "values_card")
public class StoredCard extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 65535)
    private String description;

    // one attention policy a line: policies never span lines (the card checks refuse a line break in one)
    @Column(name = "policies", nullable = false, length = 65535)
    private String policies;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredCard() {}

    public StoredCard(
            long studyId,
            Long sessionId,
            Long sourceId,
            String title,
            String description,
            List<String> policies,
            Instant createdAt) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.sourceId = sourceId;
        this.title = title;
        this.description = description;
        this.policies = String.join("\n", policies);
        this.createdAt = createdAt;
    }

    public long getStudyId() {
        return studyId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getPolicies() {
        return policies.isEmpty() ? List.of() : List.of(policies.split("\n"));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
