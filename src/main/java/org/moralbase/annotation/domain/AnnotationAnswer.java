package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.moralbase.base.domain.AbstractEntity;

/** A worker's answer to one question about one assigned item, in its stored form (QuestionSpec.normalise). */
@Entity
@Table(name = "annotation_answer")
public class AnnotationAnswer extends AbstractEntity {

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "answer", nullable = false, length = 65535)
    private String answer;

    protected AnnotationAnswer() {}

    public AnnotationAnswer(long assignmentId, long questionId, String answer) {
        this.assignmentId = assignmentId;
        this.questionId = questionId;
        this.answer = answer;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getAnswer() {
        return answer;
    }
}
