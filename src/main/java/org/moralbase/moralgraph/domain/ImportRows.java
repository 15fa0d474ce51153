package org.moralbase.moralgraph.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Imported cards, edges and votes written in JDBC batches (docs/benchmarks.md, "Moral graph import"): the entities'
 * generated ids keep Hibernate from batching, one statement per row, and a published deliberation has thousands. Runs
 * in the caller's transaction.
 */
@Component
public class ImportRows {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    ImportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A card as imported: its id in its file, and what it says. */
    public record Card(long sourceId, String title, String description, List<String> policies) {}

    /**
     * Stores imported cards.
     *
     * @return their file ids → their row ids
     */
    public Map<Long, Long> cards(long studyId, List<Card> cards, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate(
                "INSERT INTO values_card (study_id, source_id, title, description, policies, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                cards,
                BATCH,
                (ps, c) -> {
                    ps.setLong(1, studyId);
                    ps.setLong(2, c.sourceId());
                    ps.setString(3, c.title());
                    ps.setString(4, c.description());
                    ps.setString(5, String.join("\n", c.policies()));
                    ps.setTimestamp(6, at);
                });
        Map<Long, Long> ids = new HashMap<>();
        jdbc.query(
                "SELECT source_id, id FROM values_card WHERE study_id = ? AND source_id IS NOT NULL",
                rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                },
                studyId);
        return ids;
    }

    /** Stores imported edges (MGE's five counts each). */
    public void edges(long studyId, List<ImportedEdge> edges) {
        jdbc.batchUpdate(
                "INSERT INTO values_edge (study_id, from_card_id, to_card_id, contexts, marked_wiser, marked_not_wiser,"
                        + " marked_less_wise, marked_unsure, impressions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                edges,
                BATCH,
                (ps, e) -> {
                    ps.setLong(1, studyId);
                    ps.setLong(2, e.getFromCardId());
                    ps.setLong(3, e.getToCardId());
                    ps.setString(4, String.join("\n", e.getContexts()));
                    int[] c = e.getCounts();
                    for (int k = 0; k < 5; k++) {
                        ps.setInt(5 + k, c[k]);
                    }
                });
    }

    /** Stores imported votes (no session: they were cast elsewhere). */
    public void votes(long studyId, List<CastVote> votes) {
        jdbc.batchUpdate(
                "INSERT INTO values_vote (study_id, from_card_id, to_card_id, context, vote_type, answered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                votes,
                BATCH,
                (ps, v) -> {
                    ps.setLong(1, studyId);
                    ps.setLong(2, v.getFromCardId());
                    ps.setLong(3, v.getToCardId());
                    ps.setString(4, v.getContext());
                    ps.setString(5, v.getType());
                    ps.setTimestamp(6, Timestamp.from(v.getAnsweredAt()));
                });
    }
}
