package org.moralbase.moralgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/**
 * The short story shown with a transition "from card X to card Y in context C" of a study, whoever is asked it
 * (decision 0037): written by the researcher, imported, or written by a registry model ({@code writtenBy}).
 */
@Entity
@Table(name = "values_story")
public class TransitionStory extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "from_card_id", nullable = false)
    private long fromCardId;

    @Column(name = "to_card_id", nullable = false)
    private long toCardId;

    @Column(name = "context", nullable = false, length = 200)
    private String context;

    @Column(name = "story", nullable = false, length = 65535)
    private String story;

    @Column(name = "written_by", nullable = false, length = 200)
    private String writtenBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TransitionStory() {}

    public TransitionStory(long studyId, long fromCardId, long toCardId, String context) {
        this.studyId = studyId;
        this.fromCardId = fromCardId;
        this.toCardId = toCardId;
        this.context = context;
    }

    /** Sets the text and who wrote it ("researcher", "import", or "model: name"). */
    public void write(String text, String by, Instant at) {
        this.story = text;
        this.writtenBy = by.length() > 200 ? by.substring(0, 200) : by;
        this.updatedAt = at;
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

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
