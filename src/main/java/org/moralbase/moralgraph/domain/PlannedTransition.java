package org.moralbase.moralgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/** A transition planned for a session at a position: is moving from one card to another wiser in a context? */
@Entity
@Table(name = "values_transition")
public class PlannedTransition extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "from_card_id", nullable = false)
    private long fromCardId;

    @Column(name = "to_card_id", nullable = false)
    private long toCardId;

    @Column(name = "context", nullable = false, length = 200)
    private String context;

    @Column(name = "story", length = 65535)
    private String story;

    protected PlannedTransition() {}

    public PlannedTransition(
            long studyId, long sessionId, int position, long fromCardId, long toCardId, String context, String story) {
        this.studyId = studyId;
        this.sessionId = sessionId;
        this.position = position;
        this.fromCardId = fromCardId;
        this.toCardId = toCardId;
        this.context = context;
        this.story = story;
    }

    public int getPosition() {
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

    public String getStory() {
        return story;
    }
}
