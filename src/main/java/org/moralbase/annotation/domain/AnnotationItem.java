package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/** A copy of an imported item; metadata as a JSON object of strings; sort_key a seeded shuffle. */
@Entity
@Table(name = "annotation_item")
public class AnnotationItem extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "item_key", nullable = false, length = 200)
    private String itemKey;

    @Column(name = "source", nullable = false, length = 100)
    private String source;

    @Column(name = "context", nullable = false, length = 65535)
    private String context;

    @Column(name = "option_a", nullable = false, length = 65535)
    private String optionA;

    @Column(name = "option_b", nullable = false, length = 65535)
    private String optionB;

    @Column(name = "metadata", length = 65535)
    private String metadata;

    @Column(name = "sort_key", nullable = false)
    private long sortKey;

    @Column(name = "source_format", length = 20)
    private String sourceFormat;

    // the record as it was in the imported file (JSON), so exports can write that format back
    @Column(name = "source_record", length = 65535)
    private String sourceRecord;

    protected AnnotationItem() {}

    public AnnotationItem(
            long projectId,
            String itemKey,
            String source,
            String context,
            String optionA,
            String optionB,
            String metadataJson,
            long sortKey) {
        this.projectId = projectId;
        this.itemKey = itemKey;
        this.source = source;
        this.context = context;
        this.optionA = optionA;
        this.optionB = optionB;
        this.metadata = metadataJson;
        this.sortKey = sortKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getSource() {
        return source;
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

    public String getSourceFormat() {
        return sourceFormat;
    }

    public String getSourceRecord() {
        return sourceRecord;
    }

    /** Replaces the metadata (a JSON object of strings), e.g. when gold answers are attached later. */
    public void replaceMetadata(String metadataJson) {
        this.metadata = metadataJson;
    }

    public void keepSourceRecord(String format, String recordJson) {
        this.sourceFormat = format;
        this.sourceRecord = recordJson;
    }
}
