package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.moralbase.annotation.QuestionKind;
import org.moralbase.annotation.QuestionSpec;
import org.moralbase.base.domain.AbstractEntity;

/** A stored question; options one per line. */
@Entity
@Table(name = "annotation_question")
public class AnnotationQuestion extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "prompt", nullable = false, length = 65535)
    private String prompt;

    @Column(name = "options", length = 65535)
    private String options;

    @Column(name = "allow_unsure", nullable = false)
    private boolean allowUnsure;

    @Column(name = "scale_min")
    private Integer scaleMin;

    @Column(name = "scale_max")
    private Integer scaleMax;

    @Column(name = "min_label", length = 100)
    private String minLabel;

    @Column(name = "max_label", length = 100)
    private String maxLabel;

    @Column(name = "comprehension", nullable = false)
    private boolean comprehension;

    @Column(name = "correct_answer", length = 200)
    private String correctAnswer;

    @Column(name = "screen_out", nullable = false)
    private boolean screenOut;

    protected AnnotationQuestion() {}

    public AnnotationQuestion(long projectId, int position, boolean comprehension, QuestionSpec spec) {
        this.projectId = projectId;
        this.position = position;
        this.comprehension = comprehension;
        this.code = spec.code();
        this.kind = spec.kind();
        this.prompt = spec.prompt();
        this.options = String.join("\n", spec.options());
        this.allowUnsure = spec.allowUnsure();
        this.scaleMin = spec.scaleMin();
        this.scaleMax = spec.scaleMax();
        this.minLabel = spec.minLabel();
        this.maxLabel = spec.maxLabel();
        this.correctAnswer = spec.correctAnswer();
        this.screenOut = spec.screenOut();
    }

    public long getProjectId() {
        return projectId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isComprehension() {
        return comprehension;
    }

    public String getCode() {
        return code;
    }

    public QuestionSpec toSpec() {
        List<String> list = options == null || options.isEmpty() ? List.of() : List.of(options.split("\n"));
        return new QuestionSpec(
                code,
                kind,
                prompt,
                list,
                allowUnsure,
                scaleMin,
                scaleMax,
                minLabel,
                maxLabel,
                correctAnswer,
                screenOut);
    }
}
