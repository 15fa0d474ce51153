package org.moralbase.moralgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.moralgraph.domain.CastVote;
import org.moralbase.moralgraph.domain.CastVoteRepository;
import org.moralbase.moralgraph.domain.StoredCard;
import org.moralbase.moralgraph.domain.StoredCardRepository;
import org.moralbase.moralgraph.format.GraphFiles;
import org.moralbase.moralgraph.format.VoteFiles;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.moralgraph.MoralGraphScoring;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A values-card study's downloads, each audited: the votes as MGE's raw vote records and as a CSV (one row a vote,
 * with the participant and condition), the cards as a CSV, and the pooled graph in MGE's summary shape. Ids are the
 * cards' row ids. Columns in docs/formats.md.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ValuesCardExport {

    static final List<String> VOTE_COLUMNS = List.of(
            "participant",
            "source",
            "session_status",
            "position",
            "from_id",
            "to_id",
            "context",
            "type",
            "answered_at",
            "condition");

    static final List<String> CARD_COLUMNS =
            List.of("id", "source_id", "participant", "title", "description", "policies", "created_at", "condition");

    private final ValuesCardGraph graph;
    private final StoredCardRepository cards;
    private final CastVoteRepository votes;
    private final StudyResponses sessions;
    private final AuditService audit;
    private final StudyService studies;

    ValuesCardExport(
            ValuesCardGraph graph,
            StoredCardRepository cards,
            CastVoteRepository votes,
            StudyResponses sessions,
            AuditService audit,
            StudyService studies) {
        this.studies = studies;
        this.graph = graph;
        this.cards = cards;
        this.votes = votes;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Every scored vote as MGE's raw records {@code [{fromId, toId, contextId, type}]}. */
    @Transactional // not read-only: the audit line is written in it
    public String votesJson(long studyId) {
        var all = graph.transitionVotes(studyId);
        audit.record(AuditAction.EXPORT, "study", studyId, "moral-graph votes JSON: " + all.size());
        return VoteFiles.write(all);
    }

    /** The pooled graph in MGE's summary shape, with the cards. */
    @Transactional
    public String graphJson(long studyId) {
        var scored = MoralGraphScoring.withDefaults().score(graph.transitionVotes(studyId));
        audit.record(
                AuditAction.EXPORT,
                "study",
                studyId,
                "moral graph JSON: " + scored.edges().size() + " edges");
        return GraphFiles.summary(scored, graph.valueCards(studyId));
    }

    /** One row per vote: participants' (excluded sessions left out) in session order, then imported ones. */
    @Transactional
    public String votesCsv(long studyId) {
        Map<Long, SessionState> byId = sessionsById(studyId);
        List<List<Object>> rows = new ArrayList<>();
        for (CastVote v : votes.findByStudyIdOrderById(studyId)) {
            SessionState s = v.getSessionId() == null ? null : byId.get(v.getSessionId());
            if (v.getSessionId() != null && s == null) {
                continue; // an excluded session
            }
            rows.add(Arrays.asList(
                    s == null ? null : s.participantId(),
                    s == null ? "IMPORTED" : s.source().name(),
                    s == null ? null : s.status().name(),
                    v.getPosition(),
                    v.getFromCardId(),
                    v.getToCardId(),
                    v.getContext(),
                    v.getType(),
                    v.getAnsweredAt().toString(),
                    s == null ? null : s.conditionCode()));
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "moral-graph votes CSV: " + rows.size() + " rows");
        return CsvText.write(VOTE_COLUMNS, rows);
    }

    /** One row per card, in the order written or imported; policies one a line within the cell. */
    @Transactional
    public String cardsCsv(long studyId) {
        Map<Long, SessionState> byId = sessionsById(studyId);
        List<List<Object>> rows = new ArrayList<>();
        for (StoredCard c : cards.findByStudyIdOrderById(studyId)) {
            SessionState s = c.getSessionId() == null ? null : byId.get(c.getSessionId());
            if (c.getSessionId() != null && s == null) {
                continue;
            }
            rows.add(Arrays.asList(
                    c.getId(),
                    c.getSourceId(),
                    s == null ? null : s.participantId(),
                    c.getTitle(),
                    c.getDescription(),
                    String.join("\n", c.getPolicies()),
                    c.getCreatedAt().toString(),
                    s == null ? null : s.conditionCode()));
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "value cards CSV: " + rows.size() + " rows");
        return CsvText.write(CARD_COLUMNS, rows);
    }

    /** The study's sessions that are not excluded, by row id. */
    @Transactional(readOnly = true)
    public Map<Long, SessionState> sessionsById(long studyId) {
        studies.require(studyId, ValuesCardKind.ID);
        Map<Long, SessionState> out = new HashMap<>();
        try {
            sessions.forEachSession(studyId, s -> {
                if (!s.session().excluded()) {
                    out.put(s.session().id(), s.session());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
