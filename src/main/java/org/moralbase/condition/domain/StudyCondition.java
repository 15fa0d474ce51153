package org.moralbase.condition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/** One between-subjects condition of a study, in the study's order. */
@Entity
@Table(name = "study_condition")
public class StudyCondition extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "for_people", length = 65535)
    private String forPeople;

    @Column(name = "for_models", length = 65535)
    private String forModels;

    @Column(name = "read_last_line", nullable = false)
    private boolean readLastLine;

    protected StudyCondition() {}

    public StudyCondition(
            long studyId,
            int position,
            String code,
            String label,
            String forPeople,
            String forModels,
            boolean readLastLine) {
        this.readLastLine = readLastLine;
        this.studyId = studyId;
        this.position = position;
        this.code = code;
        this.label = label;
        this.forPeople = forPeople;
        this.forModels = forModels;
    }

    public long getStudyId() {
        return studyId;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getForPeople() {
        return forPeople;
    }

    public String getForModels() {
        return forModels;
    }

    public boolean isReadLastLine() {
        return readLastLine;
    }
}
