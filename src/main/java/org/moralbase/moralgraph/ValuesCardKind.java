package org.moralbase.moralgraph;

import java.util.List;
import java.util.Optional;
import org.moralbase.moralgraph.ui.MoralGraphView;
import org.moralbase.moralgraph.ui.ValuesCardImportView;
import org.moralbase.moralgraph.ui.ValuesCardSessionView;
import org.moralbase.moralgraph.ui.ValuesCardSettingsView;
import org.moralbase.moralgraph.ui.ValuesCardTransitionsView;
import org.moralbase.moralgraph.ui.ValuesCardsView;
import org.moralbase.study.ItemImport;
import org.moralbase.study.ModelItems;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyPage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Values cards and the moral graph as a kind of study (issue #15; Klingefjord, Lowe & Edelman 2024, "Moral Graph
 * Elicitation"; decision 0030): participants write a value card for the researcher's question, then vote on whether
 * moving from one peer's card to another is wiser in a context; the votes make a graph ranked by PageRank (docs/
 * methods.md, "Moral graph").
 */
@Component
@Order(60)
public class ValuesCardKind implements StudyKind {

    /** The id stored with values-card studies. */
    public static final String ID = "VALUES_CARD";

    private final PublicStudies studies;
    private final ValuesCardImport imports;
    private final ValuesCardExport export;
    private final ValuesCardGraph graph;
    private final ValuesCardPrompts prompts;
    private final CardTranscripts transcripts;

    ValuesCardKind(
            PublicStudies studies,
            ValuesCardImport imports,
            ValuesCardExport export,
            ValuesCardGraph graph,
            ValuesCardPrompts prompts,
            CardTranscripts transcripts) {
        this.transcripts = transcripts;
        this.prompts = prompts;
        this.studies = studies;
        this.imports = imports;
        this.export = export;
        this.graph = graph;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Values cards and moral graph";
    }

    @Override
    public String description() {
        return "Participants write a value card for a question, then vote on whether moving from one card to another"
                + " is wiser in a context; the votes make a moral graph ranked by PageRank (MGE).";
    }

    @Override
    public List<StudyPage> pages() {
        return List.of(
                StudyPage.of("settings", "Settings", ValuesCardSettingsView.class),
                StudyPage.of("import", "Import graph", ValuesCardImportView.class),
                StudyPage.of("transitions", "Transitions and stories", ValuesCardTransitionsView.class),
                StudyPage.results("cards", "Cards and interviews", ValuesCardsView.class),
                StudyPage.results("graph", "Moral graph", MoralGraphView.class));
    }

    @Override
    public Class<ValuesCardSessionView> participantPage() {
        return ValuesCardSessionView.class;
    }

    @Override
    public Optional<String> openingProblem(long studyId) {
        ValuesCardSettings settings = ValuesCardSettings.fromJson(
                studies.byId(studyId).map(s -> s.settings()).orElse(null));
        if (settings.question() == null || settings.question().isBlank()) {
            return Optional.of("The study needs a question: set it on the Settings page.");
        }
        if (settings.contexts().isEmpty()) {
            return Optional.of("The study needs at least one context: add them on the Settings page.");
        }
        return Optional.empty();
    }

    @Override
    public Optional<ModelItems> modelItems() {
        return Optional.of(prompts);
    }

    @Override
    public Optional<ItemImport> itemImport() {
        return Optional.of(imports);
    }

    @Override
    public Optional<Object> results(long studyId) {
        return Optional.of(graph.report(studyId));
    }

    @Override
    public List<StudyExport> exports(long studyId) {
        return List.of(
                StudyExport.text(
                        "votes-json",
                        "Votes (MGE raw vote records, JSON)",
                        "moral-graph-votes-" + studyId + ".json",
                        "application/json",
                        () -> export.votesJson(studyId)),
                StudyExport.text(
                        "votes-csv",
                        "Votes (CSV)",
                        "moral-graph-votes-" + studyId + ".csv",
                        "text/csv",
                        () -> export.votesCsv(studyId)),
                StudyExport.text(
                        "cards-csv",
                        "Value cards (CSV)",
                        "value-cards-" + studyId + ".csv",
                        "text/csv",
                        () -> export.cardsCsv(studyId)),
                StudyExport.text(
                        "interviews-csv",
                        "Card interviews (CSV, one row a turn)",
                        "card-interviews-" + studyId + ".csv",
                        "text/csv",
                        () -> transcripts.csv(studyId)),
                StudyExport.text(
                        "graph-json",
                        "Moral graph (MGE summary JSON)",
                        "moral-graph-" + studyId + ".json",
                        "application/json",
                        () -> export.graphJson(studyId)));
    }

    @Override
    public int copyItems(long fromStudyId, long toStudyId) {
        return imports.copy(fromStudyId, toStudyId);
    }
}
