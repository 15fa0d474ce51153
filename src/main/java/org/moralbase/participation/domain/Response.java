package org.moralbase.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answer: what was shown at which position, what was chosen, when, and how long it took. Never updated. */
@Entity
@Table(name = "response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "item_key", nullable = false, length = 64)
    private String itemKey;

    @Column(name = "shown", length = 65535)
    private String shown;

    @Column(name = "choice", nullable = false, length = 64)
    private String choice;

    @Column(name = "shown_at")
    private Instant shownAt;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "response_time_ms")
    private Long responseTimeMs;

    protected Response() {}

    public Response(
            long sessionId,
            int position,
            String itemKey,
            String shown,
            String choice,
            Instant shownAt,
            Instant answeredAt,
            Long responseTimeMs) {
        this.sessionId = sessionId;
        this.position = position;
        this.itemKey = itemKey;
        this.shown = shown;
        this.choice = choice;
        this.shownAt = shownAt;
        this.answeredAt = answeredAt;
        this.responseTimeMs = responseTimeMs;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getPosition() {
        return position;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getShown() {
        return shown;
    }

    public String getChoice() {
        return choice;
    }

    public Instant getShownAt() {
        return shownAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getResponseTimeMs() {
        return responseTimeMs;
    }
}
