package org.moralbase.questionnaire.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant's answer to one item (the point chosen, 1..k, as shown), written with the answer's response row. */
@Entity
@Table(name = "questionnaire_answer")
public class ItemAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "point", nullable = false)
    private int point;

    @Column(name = "attention_passed")
    private Boolean attentionPassed;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "response_time_ms")
    private Long responseTimeMs;

    protected ItemAnswer() {}

    public ItemAnswer(
            long studyId,
            long sessionId,
            long responseId,
            int position,
            long itemId,
            int point,
            Boolean attentionPassed,
            Instant answeredAt,
            Long responseTimeMs) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.responseId = responseId;
        this.position = position;
        this.itemId = itemId;
        this.point = point;
        this.attentionPassed = attentionPassed;
        this.answeredAt = answeredAt;
        this.responseTimeMs = responseTimeMs;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getPosition() {
        return position;
    }

    public long getItemId() {
        return itemId;
    }

    public int getPoint() {
        return point;
    }

    /** Whether an attention item was passed; null for other items. */
    public Boolean getAttentionPassed() {
        return attentionPassed;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getResponseTimeMs() {
        return responseTimeMs;
    }
}
