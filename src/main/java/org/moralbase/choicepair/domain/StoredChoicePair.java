package org.moralbase.choicepair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/**
 * One binary-choice item of a study; metadata is a JSON object of the source's further fields, source_format the
 * format imported from.
 */
@Entity
@Table(name = "choice_pair_item")
public class StoredChoicePair extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "item_key", nullable = false, length = 128)
    private String itemKey;

    @Column(name = "source", nullable = false, length = 64)
    private String source;

    @Column(name = "source_format", nullable = false, length = 20)
    private String sourceFormat;

    @Column(name = "context", nullable = false, length = 65535)
    private String context;

    @Column(name = "option_a", nullable = false, length = 65535)
    private String optionA;

    @Column(name = "option_b", nullable = false, length = 65535)
    private String optionB;

    @Column(name = "metadata", nullable = false, length = 65535)
    private String metadata;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredChoicePair() {}

    public StoredChoicePair(
            long studyId,
            String itemKey,
            String source,
            String sourceFormat,
            String context,
            String optionA,
            String optionB,
            String metadata,
            Instant createdAt) {
        this.studyId = studyId;
        this.itemKey = itemKey;
        this.source = source;
        this.sourceFormat = sourceFormat;
        this.context = context;
        this.optionA = optionA;
        this.optionB = optionB;
        this.metadata = metadata;
        this.createdAt = createdAt;
    }

    public long getStudyId() {
        return studyId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getSource() {
        return source;
    }

    /** The id of the dataset format the item was imported in (see {@code ChoicePairFormat}). */
    public String getSourceFormat() {
        return sourceFormat;
    }

    public String getContext() {
        return context;
    }

    public String getOptionA() {
        return optionA;
    }

    public String getOptionB() {
        return optionB;
    }

    public String getMetadata() {
        return metadata;
    }
}
