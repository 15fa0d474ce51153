package org.moralbase.utility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/**
 * One pair planned for a participant's session, in the order and sides shown: {@code firstId} is shown as option A.
 * Planned once, when the session first asks for its pairs, so a reload or another node shows the same pairs.
 */
@Entity
@Table(name = "utility_assignment")
public class PairAssignment extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "first_id", nullable = false)
    private long firstId;

    @Column(name = "second_id", nullable = false)
    private long secondId;

    @Column(name = "anchor", nullable = false)
    private boolean anchor;

    protected PairAssignment() {}

    public PairAssignment(long studyId, long sessionId, int position, long firstId, long secondId, boolean anchor) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.position = position;
        this.firstId = firstId;
        this.secondId = secondId;
        this.anchor = anchor;
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

    public boolean isAnchor() {
        return anchor;
    }
}
