package org.moralbase.moralgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A vote on a transition: a participant's (session, response and position set; written with the answer) or imported
 * from MGE's raw vote records (none set). {@code type} is MGE's code: upgrade, no_upgrade, not_sure.
 */
@Entity
@Table(name = "values_vote")
public class CastVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "position")
    private Integer position;

    @Column(name = "from_card_id", nullable = false)
    private long fromCardId;

    @Column(name = "to_card_id", nullable = false)
    private long toCardId;

    @Column(name = "context", nullable = false, length = 200)
    private String context;

    @Column(name = "vote_type", nullable = false, length = 12)
    private String type;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected CastVote() {}

    public CastVote(
            long studyId,
            Long sessionId,
            Long responseId,
            Integer position,
            long fromCardId,
            long toCardId,
            String context,
            String type,
            Instant answeredAt) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.responseId = responseId;
        this.position = position;
        this.fromCardId = fromCardId;
        this.toCardId = toCardId;
        this.context = context;
        this.type = type;
        this.answeredAt = answeredAt;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Integer getPosition() {
        return position;
    }

    public long getFromCardId() {
        return fromCardId;
    }

    public long getToCardId() {
        return toCardId;
    }

    public String getContext() {
        return context;
    }

    public String getType() {
        return type;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
