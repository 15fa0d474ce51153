package org.moralbase.dvb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One imported model answer to one of a study's DVB items. Never updated. */
@Entity
@Table(name = "dvb_model_result")
public class DvbModelResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "item_key", nullable = false, length = 128)
    private String itemKey;

    @Column(name = "model", nullable = false, length = 255)
    private String model;

    @Column(name = "model_choice", nullable = false, length = 64)
    private String modelChoice;

    @Column(name = "generalization", nullable = false, length = 20)
    private String generalization;

    @Column(name = "success", nullable = false)
    private boolean success;

    protected DvbModelResult() {}

    public DvbModelResult(
            long studyId, String itemKey, String model, String modelChoice, String generalization, boolean success) {
        this.studyId = studyId;
        this.itemKey = itemKey;
        this.model = model;
        this.modelChoice = modelChoice;
        this.generalization = generalization;
        this.success = success;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getModel() {
        return model;
    }

    public String getModelChoice() {
        return modelChoice;
    }

    public String getGeneralization() {
        return generalization;
    }

    public boolean isSuccess() {
        return success;
    }
}
