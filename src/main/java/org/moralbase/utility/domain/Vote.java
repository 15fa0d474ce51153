package org.moralbase.utility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant's choice between two outcomes, as shown ({@code firstId} was option A), written with the answer. */
@Entity
@Table(name = "utility_vote")
public class Vote {

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

    @Column(name = "first_id", nullable = false)
    private long firstId;

    @Column(name = "second_id", nullable = false)
    private long secondId;

    @Column(name = "chosen_id", nullable = false)
    private long chosenId;

    @Column(name = "anchor", nullable = false)
    private boolean anchor;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "response_time_ms")
    private Long responseTimeMs;

    protected Vote() {}

    public Vote(
            long studyId,
            long sessionId,
            long responseId,
            int position,
            long firstId,
            long secondId,
            long chosenId,
            boolean anchor,
            Instant answeredAt,
            Long responseTimeMs) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.responseId = responseId;
        this.position = position;
        this.firstId = firstId;
        this.secondId = secondId;
        this.chosenId = chosenId;
        this.anchor = anchor;
        this.answeredAt = answeredAt;
        this.responseTimeMs = responseTimeMs;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getPosition() {
        return position;
    }

    public long getFirstId() {
        return firstId;
    }

    public long getSecondId() {
        return secondId;
    }

    public long getChosenId() {
        return chosenId;
    }

    public boolean isAnchor() {
        return anchor;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getResponseTimeMs() {
        return responseTimeMs;
    }
}
