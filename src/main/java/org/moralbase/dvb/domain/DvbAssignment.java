package org.moralbase.dvb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/**
 * A participant's trial at a position (item, A/B order) and, once answered, its outcome, written in the answer's
 * transaction beside its {@code response} row.
 */
@Entity
@Table(name = "dvb_assignment")
public class DvbAssignment extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "condition_id")
    private Long conditionId;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "swapped", nullable = false)
    private boolean swapped;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "released", nullable = false)
    private boolean released;

    @Column(name = "excluded", nullable = false)
    private boolean excluded;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "choice", length = 1)
    private String choice;

    @Column(name = "generalized")
    private Boolean generalized;

    @Column(name = "check_passed")
    private Boolean checkPassed;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "response_time_ms")
    private Long responseTimeMs;

    protected DvbAssignment() {}

    public DvbAssignment(
            long studyId,
            long sessionId,
            int position,
            long itemId,
            Long conditionId,
            String kind,
            boolean swapped,
            Instant now) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.position = position;
        this.itemId = itemId;
        this.conditionId = conditionId;
        this.kind = kind;
        this.swapped = swapped;
        this.assignedAt = now;
        this.lastActivityAt = now;
    }

    /** Stores the outcome of the answer at this position (the {@code response} row {@code response}). */
    public void answer(
            long response, String shownChoice, Boolean generalizedNow, Boolean passed, Instant at, Long timeMs) {
        this.responseId = response;
        this.choice = shownChoice;
        this.generalized = generalizedNow;
        this.checkPassed = passed;
        this.answeredAt = at;
        this.responseTimeMs = timeMs;
        this.lastActivityAt = at;
    }

    public void touch(Instant at) {
        this.lastActivityAt = at;
    }

    public void release() {
        this.released = true;
    }

    public void exclude() {
        this.excluded = true;
    }

    public long getStudyId() {
        return studyId;
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

    public Long getConditionId() {
        return conditionId;
    }

    public String getKind() {
        return kind;
    }

    public boolean isSwapped() {
        return swapped;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public boolean isReleased() {
        return released;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public String getChoice() {
        return choice;
    }

    public Boolean getGeneralized() {
        return generalized;
    }

    public Boolean getCheckPassed() {
        return checkPassed;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getResponseTimeMs() {
        return responseTimeMs;
    }
}
