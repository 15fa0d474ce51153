package org.moralbase.choicepair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answer to a choice pair in the item's own terms (A, B or UNDECIDED), written in the answer's transaction
 * beside its {@code response} row. Never updated.
 */
@Entity
@Table(name = "choice_pair_response")
public class ChoicePairResponse {

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

    @Column(name = "swapped", nullable = false)
    private boolean swapped;

    @Column(name = "choice", nullable = false, length = 16)
    private String choice;

    @Column(name = "reason", length = 65535)
    private String reason;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "response_time_ms")
    private Long responseTimeMs;

    protected ChoicePairResponse() {}

    public ChoicePairResponse(
            long studyId,
            long sessionId,
            long responseId,
            int position,
            long itemId,
            boolean swapped,
            String choice,
            String reason,
            Instant answeredAt,
            Long responseTimeMs) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.responseId = responseId;
        this.position = position;
        this.itemId = itemId;
        this.swapped = swapped;
        this.choice = choice;
        this.reason = reason;
        this.answeredAt = answeredAt;
        this.responseTimeMs = responseTimeMs;
    }

    public long getItemId() {
        return itemId;
    }

    public String getChoice() {
        return choice;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isSwapped() {
        return swapped;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getResponseTimeMs() {
        return responseTimeMs;
    }
}
