package org.moralbase.dvb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/** A quota cell (N, value set, context) and the number of trial slots it has given out. */
@Entity
@Table(name = "dvb_condition")
public class DvbCondition extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "n_training", nullable = false)
    private int nTraining;

    @Column(name = "value_set", nullable = false, length = 32)
    private String valueSet;

    @Column(name = "context_name", nullable = false, length = 128)
    private String contextName;

    @Column(name = "filled", nullable = false)
    private int filled;

    protected DvbCondition() {}

    public DvbCondition(long studyId, int nTraining, String valueSet, String contextName) {
        this.studyId = studyId;
        this.nTraining = nTraining;
        this.valueSet = valueSet;
        this.contextName = contextName;
    }

    public long getStudyId() {
        return studyId;
    }

    public int getNTraining() {
        return nTraining;
    }

    public String getValueSet() {
        return valueSet;
    }

    public String getContextName() {
        return contextName;
    }

    public int getFilled() {
        return filled;
    }

    /** Takes one slot. */
    public void take() {
        filled++;
    }

    /** Gives one slot back (an abandoned session's unanswered trial). */
    public void giveBack() {
        filled = Math.max(0, filled - 1);
    }

    /** Whether an item with these facts belongs here. */
    public boolean holds(int n, String set, String context) {
        return nTraining == n && valueSet.equals(set) && contextName.equals(context);
    }
}
