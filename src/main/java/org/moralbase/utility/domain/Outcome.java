package org.moralbase.utility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/** One outcome of a utility study: a short text with the id it was imported under and an optional category. */
@Entity
@Table(name = "utility_outcome")
public class Outcome extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "outcome_key", nullable = false, length = 60)
    private String key;

    @Column(name = "description", nullable = false, length = 65535)
    private String description;

    @Column(name = "category", length = 200)
    private String category;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Outcome() {}

    public Outcome(long studyId, String key, String description, String category, Instant createdAt) {
        this.studyId = studyId;
        this.key = key;
        this.description = description;
        this.category = category;
        this.createdAt = createdAt;
    }

    public long getStudyId() {
        return studyId;
    }

    public String getKey() {
        return key;
    }

    public String getDescription() {
        return description;
    }

    /** The category, or null. */
    public String getCategory() {
        return category;
    }
}
