package org.moralbase.dvb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/** One DVB item of a study with its metadata; the examples are a JSON document (see {@code dvb.StoredExamples}). */
@Entity
@Table(name = "dvb_item")
public class StoredDvbItem extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "item_key", nullable = false, length = 128)
    private String itemKey;

    @Column(name = "test_id", nullable = false, length = 128)
    private String testId;

    @Column(name = "test_uid", length = 128)
    private String testUid;

    @Column(name = "context_correlation_pair", length = 255)
    private String contextCorrelationPair;

    @Column(name = "origin", nullable = false, length = 16)
    private String origin;

    @Column(name = "n_training", nullable = false)
    private int nTraining;

    @Column(name = "value_preferred", nullable = false, length = 64)
    private String valuePreferred;

    @Column(name = "value_less_preferred", nullable = false, length = 64)
    private String valueLessPreferred;

    @Column(name = "value_set", nullable = false, length = 32)
    private String valueSet;

    @Column(name = "value_preferred_definition", length = 65535)
    private String valuePreferredDefinition;

    @Column(name = "value_less_definition", length = 65535)
    private String valueLessDefinition;

    @Column(name = "shallow_dimension", nullable = false, length = 128)
    private String shallowDimension;

    @Column(name = "shallow_preferred", nullable = false, length = 128)
    private String shallowPreferred;

    @Column(name = "shallow_less_preferred", nullable = false, length = 128)
    private String shallowLessPreferred;

    @Column(name = "context_name", nullable = false, length = 128)
    private String contextName;

    @Column(name = "context_activity", nullable = false, length = 255)
    private String contextActivity;

    @Column(name = "expected_choice", nullable = false, length = 1)
    private String expectedChoice;

    @Column(name = "prompt", length = 65535)
    private String prompt;

    @Column(name = "examples", length = 65535)
    private String examples;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredDvbItem() {}

    @SuppressWarnings("java:S107") // one column each; a builder would only hide the same list
    public StoredDvbItem(
            long studyId,
            String itemKey,
            String testId,
            String testUid,
            String contextCorrelationPair,
            String origin,
            int nTraining,
            String[] values,
            String valueSet,
            String[] shallow,
            String contextName,
            String contextActivity,
            String expectedChoice,
            String prompt,
            String examples,
            Instant createdAt) {
        this.studyId = studyId;
        this.itemKey = itemKey;
        this.testId = testId;
        this.testUid = testUid;
        this.contextCorrelationPair = contextCorrelationPair;
        this.origin = origin;
        this.nTraining = nTraining;
        this.valuePreferred = values[0];
        this.valueLessPreferred = values[1];
        this.valuePreferredDefinition = values[2];
        this.valueLessDefinition = values[3];
        this.valueSet = valueSet;
        this.shallowDimension = shallow[0];
        this.shallowPreferred = shallow[1];
        this.shallowLessPreferred = shallow[2];
        this.contextName = contextName;
        this.contextActivity = contextActivity;
        this.expectedChoice = expectedChoice;
        this.prompt = prompt;
        this.examples = examples;
        this.createdAt = createdAt;
    }

    public long getStudyId() {
        return studyId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getTestId() {
        return testId;
    }

    public String getTestUid() {
        return testUid;
    }

    public String getContextCorrelationPair() {
        return contextCorrelationPair;
    }

    public String getOrigin() {
        return origin;
    }

    public int getNTraining() {
        return nTraining;
    }

    public String getValuePreferred() {
        return valuePreferred;
    }

    public String getValueLessPreferred() {
        return valueLessPreferred;
    }

    public String getValueSet() {
        return valueSet;
    }

    public String getValuePreferredDefinition() {
        return valuePreferredDefinition;
    }

    public String getValueLessDefinition() {
        return valueLessDefinition;
    }

    public String getShallowDimension() {
        return shallowDimension;
    }

    public String getShallowPreferred() {
        return shallowPreferred;
    }

    public String getShallowLessPreferred() {
        return shallowLessPreferred;
    }

    public String getContextName() {
        return contextName;
    }

    public String getContextActivity() {
        return contextActivity;
    }

    public String getExpectedChoice() {
        return expectedChoice;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getExamples() {
        return examples;
    }
}
