package org.moralbase.questionnaire.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.questionnaire.format.Scale;

/** One item of a questionnaire's bank, with its scale's labels (so a later change of the settings changes nothing). */
@Entity
@Table(name = "questionnaire_item")
public class QuestionnaireItem extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "item_key", nullable = false, length = 60)
    private String key;

    @Column(name = "text", nullable = false, length = 65535)
    private String text;

    @Column(name = "scale_name", nullable = false, length = 60)
    private String scaleName;

    @Column(name = "scale_labels", nullable = false, length = 65535)
    private String scaleLabels;

    @Column(name = "subscale", length = 100)
    private String subscale;

    @Column(name = "reverse_keyed", nullable = false)
    private boolean reverse;

    @Column(name = "block", length = 100)
    private String block;

    @Column(name = "attention_point")
    private Integer attentionPoint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionnaireItem() {}

    public QuestionnaireItem(long studyId, ItemRow row, Instant createdAt) {
        this.studyId = studyId;
        this.key = row.key();
        this.text = row.text();
        this.scaleName = row.scale().name();
        this.scaleLabels = row.scale().joined();
        this.subscale = row.subscale();
        this.reverse = row.reverse();
        this.block = row.block();
        this.attentionPoint = row.attentionPoint();
        this.createdAt = createdAt;
    }

    /** The item as read from a file. */
    public ItemRow row() {
        return new ItemRow(key, text, Scale.of(scaleName, scaleLabels), subscale, reverse, block, attentionPoint);
    }

    public String getKey() {
        return key;
    }
}
