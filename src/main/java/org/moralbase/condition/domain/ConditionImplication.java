package org.moralbase.condition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/** The option a condition implies on one item ({@code condition_implication}). */
@Entity
@Table(name = "condition_implication")
public class ConditionImplication extends AbstractEntity {

    @Column(name = "condition_id", nullable = false)
    private long conditionId;

    @Column(name = "item_key", nullable = false, length = 200)
    private String itemKey;

    @Column(name = "implied", nullable = false, length = 1)
    private String implied;

    protected ConditionImplication() {}

    public ConditionImplication(long conditionId, String itemKey, String implied) {
        this.conditionId = conditionId;
        this.itemKey = itemKey;
        this.implied = implied;
    }

    public long getConditionId() {
        return conditionId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getImplied() {
        return implied;
    }
}
