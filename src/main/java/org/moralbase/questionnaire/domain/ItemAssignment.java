package org.moralbase.questionnaire.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/** One item planned for a participant's session at a position; planned once, so a reload shows the same order. */
@Entity
@Table(name = "questionnaire_assignment")
public class ItemAssignment extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    protected ItemAssignment() {}

    public ItemAssignment(long studyId, long sessionId, int position, long itemId) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.position = position;
        this.itemId = itemId;
    }

    public int getPosition() {
        return position;
    }

    public long getItemId() {
        return itemId;
    }
}
