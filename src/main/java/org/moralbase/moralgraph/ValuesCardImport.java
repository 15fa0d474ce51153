package org.moralbase.moralgraph;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.moralgraph.domain.CastVote;
import org.moralbase.moralgraph.domain.ImportRows;
import org.moralbase.moralgraph.domain.ImportedEdge;
import org.moralbase.moralgraph.domain.ImportedEdgeRepository;
import org.moralbase.moralgraph.domain.StoredCard;
import org.moralbase.moralgraph.domain.StoredCardRepository;
import org.moralbase.moralgraph.format.GraphFiles;
import org.moralbase.moralgraph.format.MoralGraphFile;
import org.moralbase.moralgraph.format.ValueCard;
import org.moralbase.moralgraph.format.VoteFiles;
import org.moralbase.stats.moralgraph.MoralGraphEdge;
import org.moralbase.stats.moralgraph.TransitionVote;
import org.moralbase.study.ItemImport;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a published deliberation into a draft values-card study, all or nothing: MGE's graph file (cards and edges
 * with their counts; each card keeps the file's id as its source id) and MGE's raw vote records, whose ids are the
 * graph file's (docs/formats.md, "Moral graph"). Every problem is named with its element and field.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ValuesCardImport implements ItemImport {

    private final StoredCardRepository cards;
    private final ImportedEdgeRepository edges;
    private final ImportRows batches;
    private final StudyService studies;
    private final AuditService audit;
    private final Clock clock;

    ValuesCardImport(
            StoredCardRepository cards,
            ImportedEdgeRepository edges,
            ImportRows batches,
            StudyService studies,
            AuditService audit,
            Clock clock) {
        this.cards = cards;
        this.edges = edges;
        this.batches = batches;
        this.studies = studies;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one import stored. */
    public record Imported(int cards, int edges, int votes) {

        /** For the page and the audit trail, e.g. "500 cards, 1500 edges, 0 votes". */
        public String describe() {
            return cards + " cards, " + edges + " edges, " + votes + " votes";
        }
    }

    /**
     * Imports an MGE graph file: its cards, then its edges between them.
     *
     * @throws ImportException listing every problem (a card without a title, an edge to an unknown card, a card id
     *     already imported into this study, …)
     */
    @Transactional
    public Imported importGraph(long studyId, DatasetSource file) {
        requireDraft(studyId);
        MoralGraphFile graph = GraphFiles.read(file);
        Map<Long, Long> existing = sourceIds(studyId);
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < graph.values().size(); i++) {
            ValueCard v = graph.values().get(i);
            if (existing.containsKey(v.id())) {
                problems.add(ImportProblem.inFile(
                        file.name(), "values[" + i + "].id", "value " + v.id() + " is already in this study"));
            } else if (v.title().length() > 200) {
                problems.add(ImportProblem.inFile(file.name(), "values[" + i + "].title", "at most 200 characters"));
            } else if (v.policies().stream().anyMatch(p -> p.contains("\n"))) {
                problems.add(ImportProblem.inFile(
                        file.name(), "values[" + i + "].policies", "an attention policy spans several lines"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        Map<Long, Long> rowIds = batches.cards(
                studyId,
                graph.values().stream()
                        .map(v -> new ImportRows.Card(v.id(), v.title(), v.description(), v.policies()))
                        .toList(),
                clock.instant());
        List<ImportedEdge> rows = new ArrayList<>();
        for (MoralGraphEdge e : graph.edges()) {
            var c = e.counts();
            rows.add(new ImportedEdge(
                    studyId, rowIds.get(e.sourceValueId()), rowIds.get(e.wiserValueId()), e.contexts(), new int[] {
                        c.markedWiser(), c.markedNotWiser(), c.markedLessWise(), c.markedUnsure(), c.impressions()
                    }));
        }
        batches.edges(studyId, rows);
        Imported done = new Imported(graph.values().size(), rows.size(), 0);
        audit.record(AuditAction.IMPORT, "study", studyId, "moral graph " + file.name() + ": " + done.describe());
        return done;
    }

    /**
     * Imports MGE's raw vote records; their ids are those of a graph file imported before.
     *
     * @throws ImportException listing every problem (a vote on a value not imported, an unknown type, …)
     */
    @Transactional
    public Imported importVotes(long studyId, DatasetSource file) {
        requireDraft(studyId);
        Map<Long, Long> rowIds = sourceIds(studyId);
        List<TransitionVote> read = VoteFiles.read(file, rowIds.keySet());
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).contextId().length() > 200) {
                problems.add(ImportProblem.inFile(file.name(), "[" + i + "].contextId", "at most 200 characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        List<CastVote> rows = read.stream()
                .map(v -> new CastVote(
                        studyId,
                        null,
                        null,
                        null,
                        rowIds.get(v.fromId()),
                        rowIds.get(v.toId()),
                        v.contextId(),
                        v.type().code(),
                        clock.instant()))
                .toList();
        batches.votes(studyId, rows);
        Imported done = new Imported(0, 0, rows.size());
        audit.record(AuditAction.IMPORT, "study", studyId, "moral-graph votes " + file.name() + ": " + done.describe());
        return done;
    }

    /** Parts {@code graph} (required) and {@code votes} (REST API). */
    @Override
    public List<String> parts() {
        return List.of("graph", "votes");
    }

    /** Imports the graph file, then the votes file if given, in one transaction (REST API). */
    @Override
    @Transactional
    public int importItems(long studyId, Map<String, DatasetSource> files, String format) {
        int n = importGraph(studyId, files.get("graph")).cards();
        if (files.get("votes") != null) {
            importVotes(studyId, files.get("votes"));
        }
        return n;
    }

    /**
     * Copies the imported cards and edges to a duplicated draft ({@code StudyKind#copyItems}); participants' cards are
     * answers and stay behind.
     */
    int copy(long fromStudyId, long toStudyId) {
        List<ImportRows.Card> imported = new ArrayList<>();
        Map<Long, Long> sourceOfRow = new HashMap<>();
        for (StoredCard c : cards.findByStudyIdOrderById(fromStudyId)) {
            if (c.getSourceId() != null) {
                imported.add(new ImportRows.Card(c.getSourceId(), c.getTitle(), c.getDescription(), c.getPolicies()));
                sourceOfRow.put(c.getId(), c.getSourceId());
            }
        }
        Map<Long, Long> copied = batches.cards(toStudyId, imported, clock.instant()); // source id → new row id
        Map<Long, Long> rowIds = new HashMap<>(); // old row id → new row id
        sourceOfRow.forEach((row, source) -> rowIds.put(row, copied.get(source)));
        List<ImportedEdge> copies = new ArrayList<>();
        for (ImportedEdge e : edges.findByStudyIdOrderById(fromStudyId)) {
            copies.add(new ImportedEdge(
                    toStudyId,
                    rowIds.get(e.getFromCardId()),
                    rowIds.get(e.getToCardId()),
                    e.getContexts(),
                    e.getCounts()));
        }
        batches.edges(toStudyId, copies);
        return rowIds.size();
    }

    private void requireDraft(long studyId) {
        StudySummary study = studies.require(studyId, ValuesCardKind.ID);
        if (study.status() != StudyStatus.DRAFT) {
            throw new IllegalArgumentException("Import: only a draft study's cards and votes can change");
        }
    }

    // the imported cards' ids in their file → their row ids
    private Map<Long, Long> sourceIds(long studyId) {
        Map<Long, Long> out = new HashMap<>();
        for (StoredCard c : cards.findByStudyIdOrderById(studyId)) {
            if (c.getSourceId() != null) {
                out.put(c.getSourceId(), c.getId());
            }
        }
        return out;
    }
}
