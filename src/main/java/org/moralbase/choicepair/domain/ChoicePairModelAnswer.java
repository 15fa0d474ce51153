package org.moralbase.choicepair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported model answer to a choice pair; choice is A, B or null (unparseable, never scored). */
@Entity
@Table(name = "choice_pair_model_answer")
public class ChoicePairModelAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "model", nullable = false, length = 128)
    private String model;

    @Column(name = "raw_answer", nullable = false, length = 65535)
    private String rawAnswer;

    @Column(name = "choice", length = 1)
    private String choice;

    @Column(name = "shown_order", length = 2)
    private String shownOrder;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ChoicePairModelAnswer() {}

    public ChoicePairModelAnswer(
            long studyId,
            long itemId,
            String model,
            String rawAnswer,
            String choice,
            String shownOrder,
            Instant importedAt) {
        this.studyId = studyId;
        this.itemId = itemId;
        this.model = model;
        this.rawAnswer = rawAnswer;
        this.choice = choice;
        this.shownOrder = shownOrder;
        this.importedAt = importedAt;
    }

    public long getItemId() {
        return itemId;
    }

    public String getModel() {
        return model;
    }

    public String getChoice() {
        return choice;
    }

    public String getShownOrder() {
        return shownOrder;
    }
}
