package org.moralbase.moralgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** An edge of an imported MGE graph with its five counts, between two of the study's cards (row ids). */
@Entity
@Table(name = "values_edge")
public class ImportedEdge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "from_card_id", nullable = false)
    private long fromCardId;

    @Column(name = "to_card_id", nullable = false)
    private long toCardId;

    @Column(name = "contexts", nullable = false, length = 65535)
    private String contexts;

    @Column(name = "marked_wiser", nullable = false)
    private int markedWiser;

    @Column(name = "marked_not_wiser", nullable = false)
    private int markedNotWiser;

    @Column(name = "marked_less_wise", nullable = false)
    private int markedLessWise;

    @Column(name = "marked_unsure", nullable = false)
    private int markedUnsure;

    @Column(name = "impressions", nullable = false)
    private int impressions;

    protected ImportedEdge() {}

    /** @param counts wiser, not wiser, less wise, unsure, impressions (MGE's order) */
    public ImportedEdge(long studyId, long fromCardId, long toCardId, List<String> contexts, int[] counts) {
        this.studyId = studyId;
        this.fromCardId = fromCardId;
        this.toCardId = toCardId;
        this.contexts = String.join("\n", contexts);
        this.markedWiser = counts[0];
        this.markedNotWiser = counts[1];
        this.markedLessWise = counts[2];
        this.markedUnsure = counts[3];
        this.impressions = counts[4];
    }

    public long getFromCardId() {
        return fromCardId;
    }

    public long getToCardId() {
        return toCardId;
    }

    public List<String> getContexts() {
        return contexts.isEmpty() ? List.of() : List.of(contexts.split("\n"));
    }

    /** Wiser, not wiser, less wise, unsure, impressions (MGE's order). */
    public int[] getCounts() {
        return new int[] {markedWiser, markedNotWiser, markedLessWise, markedUnsure, impressions};
    }
}
