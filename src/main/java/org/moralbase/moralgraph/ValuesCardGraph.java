package org.moralbase.moralgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.moralbase.base.Roles;
import org.moralbase.models.ItemTally;
import org.moralbase.models.ModelAnswers;
import org.moralbase.moralgraph.domain.CastVote;
import org.moralbase.moralgraph.domain.CastVoteRepository;
import org.moralbase.moralgraph.domain.ImportedEdge;
import org.moralbase.moralgraph.domain.ImportedEdgeRepository;
import org.moralbase.moralgraph.domain.StoredCard;
import org.moralbase.moralgraph.domain.StoredCardRepository;
import org.moralbase.moralgraph.format.ValueCard;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.moralgraph.EdgeCounts;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphEdge;
import org.moralbase.stats.moralgraph.MoralGraphScoring;
import org.moralbase.stats.moralgraph.RankedValue;
import org.moralbase.stats.moralgraph.TransitionVote;
import org.moralbase.stats.moralgraph.VoteType;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A values-card study's moral graphs, scored exactly as MGE's {@code moral-graph.ts} ({@link MoralGraphScoring}; docs/
 * methods.md, "Moral graph"): the votes of participants (excluded sessions left out) and imported raw votes, pooled
 * and per context, an imported graph file's edges by the same rules, and each model's answers ({@code
 * ValuesCardPrompts}) as a graph of its own. Card ids are the cards' row ids.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ValuesCardGraph {

    private static final MoralGraphScoring SCORING = MoralGraphScoring.withDefaults();

    private final StoredCardRepository cards;
    private final ImportedEdgeRepository edges;
    private final CastVoteRepository votes;
    private final StudyResponses sessions;
    private final StudyService studies;
    private final ModelAnswers modelAnswers;

    ValuesCardGraph(
            StoredCardRepository cards,
            ImportedEdgeRepository edges,
            CastVoteRepository votes,
            StudyResponses sessions,
            StudyService studies,
            ModelAnswers modelAnswers) {
        this.modelAnswers = modelAnswers;
        this.cards = cards;
        this.edges = edges;
        this.votes = votes;
        this.sessions = sessions;
        this.studies = studies;
    }

    /** The study's graphs. */
    @Transactional(readOnly = true)
    public GraphReport report(long studyId) {
        return report(studyId, null);
    }

    /**
     * The graphs within one condition (its code; decision 0028): the votes of the people assigned it (imported votes
     * belong to no condition) beside the runs that asked it; {@code null} for every vote and run.
     */
    @Transactional(readOnly = true)
    public GraphReport report(long studyId, String condition) {
        var study = studies.require(studyId, ValuesCardKind.ID);
        Map<Long, CardView> byId = new HashMap<>();
        cards.findByStudyIdOrderById(studyId).forEach(c -> byId.put(c.getId(), ValuesCardParticipation.view(c)));
        List<TransitionVote> scored = votes(studyId, condition);
        ScoredGraph pooled = ranked("All contexts", SCORING.score(scored), byId);
        List<ScoredGraph> byContext = new ArrayList<>();
        SCORING.scoreByContext(scored).forEach((c, g) -> byContext.add(ranked(c, g, byId)));
        List<ImportedEdge> imported = edges.findByStudyIdOrderById(studyId);
        Optional<ScoredGraph> importedGraph = imported.isEmpty()
                ? Optional.empty()
                : Optional.of(ranked("Imported graph", SCORING.scoreEdges(importedEdges(imported), 0), byId));
        List<ScoredGraph> models = new ArrayList<>();
        modelVotes(studyId, ValuesCardSettings.fromJson(study.settings()), condition)
                .forEach((model, votes) -> models.add(ranked("Model: " + model, SCORING.score(votes), byId)));
        return new GraphReport(byId.size(), scored.size(), pooled, byContext, importedGraph, models);
    }

    /** Every vote scored (participants' outside excluded sessions, then imported), ids the cards' row ids. */
    @Transactional(readOnly = true)
    public List<TransitionVote> transitionVotes(long studyId) {
        studies.require(studyId, ValuesCardKind.ID);
        return votes(studyId, null);
    }

    private List<TransitionVote> votes(long studyId, String condition) {
        Set<Long> excluded = sessions.excludedSessions(studyId);
        Set<Long> in = condition == null ? null : sessions.sessionsInCondition(studyId, condition);
        List<TransitionVote> out = new ArrayList<>();
        for (CastVote v : votes.findByStudyIdOrderById(studyId)) {
            boolean counted = v.getSessionId() == null
                    ? in == null
                    : !excluded.contains(v.getSessionId()) && (in == null || in.contains(v.getSessionId()));
            if (counted) {
                out.add(new TransitionVote(
                        v.getFromCardId(), v.getToCardId(), v.getContext(), VoteType.fromCode(v.getType())));
            }
        }
        return out;
    }

    /** The study's cards in MGE's shape, ids the row ids. */
    @Transactional(readOnly = true)
    public List<ValueCard> valueCards(long studyId) {
        studies.require(studyId, ValuesCardKind.ID);
        List<ValueCard> out = new ArrayList<>();
        for (StoredCard c : cards.findByStudyIdOrderById(studyId)) {
            out.add(new ValueCard(c.getId(), c.getTitle(), c.getDescription(), c.getPolicies()));
        }
        return out;
    }

    /**
     * Each model's answers as MGE votes, by model name: option A as written (wiser) an upgrade, option B a
     * no_upgrade, whichever order it was shown in; unreadable answers are not votes.
     */
    private Map<String, List<TransitionVote>> modelVotes(long studyId, ValuesCardSettings settings, String condition) {
        Set<Long> runs = condition == null ? null : modelAnswers.runsInCondition(studyId, condition);
        Map<String, List<TransitionVote>> out = new TreeMap<>();
        for (ItemTally t : modelAnswers.tallies(studyId)) {
            String[] key = t.itemKey().split(":");
            if (key.length != 4 || !"vc".equals(key[0]) || (runs != null && !runs.contains(t.runId()))) {
                continue;
            }
            int context = Integer.parseInt(key[3]);
            if (context >= settings.contexts().size()) {
                continue; // a context no longer in the settings
            }
            long from = Long.parseLong(key[1]);
            long to = Long.parseLong(key[2]);
            List<TransitionVote> votes = out.computeIfAbsent(t.model(), m -> new ArrayList<>());
            String c = settings.contexts().get(context);
            for (int i = 0; i < t.chosenA(); i++) {
                votes.add(new TransitionVote(from, to, c, VoteType.UPGRADE));
            }
            for (int i = 0; i < t.chosenB(); i++) {
                votes.add(new TransitionVote(from, to, c, VoteType.NO_UPGRADE));
            }
        }
        return out;
    }

    private static List<MoralGraphEdge> importedEdges(List<ImportedEdge> rows) {
        List<MoralGraphEdge> out = new ArrayList<>(rows.size());
        for (ImportedEdge e : rows) {
            int[] c = e.getCounts();
            out.add(MoralGraphEdge.of(
                    e.getFromCardId(), e.getToCardId(), e.getContexts(), new EdgeCounts(c[0], c[1], c[2], c[3], c[4])));
        }
        return out;
    }

    private static ScoredGraph ranked(String label, MoralGraph graph, Map<Long, CardView> byId) {
        List<RankedCard> ranked = new ArrayList<>();
        for (RankedValue v : graph.ranking()) {
            CardView card = byId.get(v.id());
            if (card != null) {
                ranked.add(new RankedCard(card, v.pageRank()));
            }
        }
        return new ScoredGraph(label, graph, ranked);
    }
}
