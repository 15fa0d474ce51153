package org.moralbase.moralgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One turn of the interview that helped write a card, stored with the confirmed card (decision 0037). */
@Entity
@Table(name = "values_interview_turn")
public class InterviewTurnRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "turn_no", nullable = false)
    private int turnNo;

    @Column(name = "role", nullable = false, length = 12)
    private String role;

    @Column(name = "text", nullable = false, length = 65535)
    private String text;

    @Column(name = "said_at", nullable = false)
    private Instant saidAt;

    protected InterviewTurnRow() {}

    public InterviewTurnRow(long cardId, int turnNo, String role, String text, Instant saidAt) {
        this.cardId = cardId;
        this.turnNo = turnNo;
        this.role = role;
        this.text = text;
        this.saidAt = saidAt;
    }

    public long getCardId() {
        return cardId;
    }

    public int getTurnNo() {
        return turnNo;
    }

    public String getRole() {
        return role;
    }

    public String getText() {
        return text;
    }

    public Instant getSaidAt() {
        return saidAt;
    }
}
