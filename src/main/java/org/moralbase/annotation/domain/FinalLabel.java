package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/** A reviewer's decision on an item's label for one question. */
@Entity
@Table(name = "annotation_final_label")
public class FinalLabel extends AbstractEntity {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "label", nullable = false, length = 65535)
    private String label;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected FinalLabel() {}

    public FinalLabel(long itemId, long questionId) {
        this.itemId = itemId;
        this.questionId = questionId;
    }

    public void decide(String label, String decidedBy, Instant now) {
        this.label = label;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public long getItemId() {
        return itemId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getLabel() {
        return label;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
