package org.moralbase.models.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moralbase.models.FailureType;
import org.moralbase.models.ModelAnswersStored;
import org.moralbase.models.StoredAnswer;
import org.moralbase.study.ModelItemTally;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code model_answer} table through plain JDBC: answers arrive by the hundred per second, and JDBC
 * batches beat one JPA insert per row (identity keys disable Hibernate's batching).
 */
@Repository
public class AnswerTable {

    private static final String COLUMNS = "run_id, prompt_index, scenario_index, sample_index, scenario, raw_text,"
            + " chosen_case, valid, failure_type, attempts, error_detail, latency_ms, answered_at, item_key,"
            + " shown_order";
    private static final String INSERT =
            "INSERT INTO model_answer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    AnswerTable(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Inserts a batch; if a prompt already has its outcome (a resumed run racing a stopped one), the batch is
     * retried row by row and duplicates are skipped, so a prompt never has two. Announces the rows with a
     * {@link ModelAnswersStored} per run (delivered after the commit).
     *
     * @return rows inserted
     */
    public int insert(List<StoredAnswer> answers) {
        int inserted = insertRows(answers);
        if (inserted > 0) {
            answers.stream()
                    .mapToLong(StoredAnswer::runId)
                    .distinct()
                    .forEach(run -> events.publishEvent(new ModelAnswersStored(run, inserted)));
        }
        return inserted;
    }

    private int insertRows(List<StoredAnswer> answers) {
        if (answers.isEmpty()) {
            return 0;
        }
        try {
            jdbc.batchUpdate(INSERT, answers, answers.size(), AnswerTable::bind);
            return answers.size();
        } catch (DuplicateKeyException e) {
            int inserted = 0;
            for (StoredAnswer a : answers) {
                try {
                    inserted += jdbc.update(INSERT, ps -> bind(ps, a));
                } catch (DuplicateKeyException duplicate) {
                    // already stored: exactly one outcome per prompt
                }
            }
            return inserted;
        }
    }

    private static void bind(PreparedStatement ps, StoredAnswer a) throws SQLException {
        ps.setLong(1, a.runId());
        ps.setInt(2, a.promptIndex());
        ps.setInt(3, a.scenarioIndex());
        ps.setInt(4, a.sample());
        ps.setString(5, a.scenario());
        ps.setString(6, a.rawText());
        ps.setInt(7, a.chosenCase());
        ps.setBoolean(8, a.valid());
        ps.setString(9, a.failure() == null ? null : a.failure().name());
        ps.setInt(10, a.attempts());
        ps.setString(11, a.errorDetail());
        if (a.latencyMillis() == null) {
            ps.setNull(12, Types.BIGINT);
        } else {
            ps.setLong(12, a.latencyMillis());
        }
        ps.setTimestamp(13, Timestamp.from(a.storedAt()));
        ps.setString(14, a.itemKey());
        ps.setString(15, a.shownOrder());
    }

    /** Prompt indexes of the run that have an outcome. */
    public Set<Integer> storedPromptIndexes(long runId) {
        return new HashSet<>(
                jdbc.queryForList("SELECT prompt_index FROM model_answer WHERE run_id = ?", Integer.class, runId));
    }

    /** Counts: [all, answered, valid]. */
    public long[] counts(long runId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN failure_type IS NULL THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN valid THEN 1 ELSE 0 END), 0) FROM model_answer WHERE run_id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                runId);
    }

    /** A page of the run's answers in prompt order. */
    public List<StoredAnswer> page(long runId, int offset, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM model_answer WHERE run_id = ? ORDER BY prompt_index LIMIT ? OFFSET ?",
                AnswerTable::read,
                runId,
                limit,
                offset);
    }

    /** Every answer of the run in prompt order. */
    public List<StoredAnswer> all(long runId) {
        return new ArrayList<>(jdbc.query(
                "SELECT " + COLUMNS + " FROM model_answer WHERE run_id = ? ORDER BY prompt_index",
                AnswerTable::read,
                runId));
    }

    private static StoredAnswer read(ResultSet rs, int row) throws SQLException {
        String failure = rs.getString("failure_type");
        long latency = rs.getLong("latency_ms");
        Long latencyMillis = rs.wasNull() ? null : latency;
        return new StoredAnswer(
                rs.getLong("run_id"),
                rs.getInt("prompt_index"),
                rs.getInt("scenario_index"),
                rs.getInt("sample_index"),
                rs.getString("scenario"),
                rs.getString("raw_text"),
                rs.getInt("chosen_case"),
                rs.getBoolean("valid"),
                failure == null ? null : FailureType.valueOf(failure),
                rs.getInt("attempts"),
                rs.getString("error_detail"),
                latencyMillis,
                rs.getTimestamp("answered_at").toInstant(),
                rs.getString("item_key"),
                rs.getString("shown_order"));
    }

    /**
     * The answers that came to a study's items, per registry model, item and chosen option of the item
     * (a swapped order undone): valid answers for A and B, and unreadable ones. Failed prompts (no answer) are
     * not counted.
     */
    public List<ModelItemTally> itemTallies(long studyId) {
        Map<List<String>, int[]> tally = new LinkedHashMap<>();
        jdbc.query(
                "SELECT m.name, a.item_key, a.valid, a.chosen_case, a.shown_order, COUNT(*) AS n"
                        + " FROM model_answer a JOIN model_run r ON a.run_id = r.id JOIN model m ON r.model_ref = m.id"
                        + " WHERE r.study_id = ? AND a.item_key IS NOT NULL AND a.failure_type IS NULL"
                        + " GROUP BY m.name, a.item_key, a.valid, a.chosen_case, a.shown_order"
                        + " ORDER BY m.name, a.item_key",
                rs -> {
                    int[] counts = tally.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new int[3]);
                    int n = rs.getInt("n");
                    if (!rs.getBoolean("valid")) {
                        counts[2] += n;
                    } else {
                        String option = StoredAnswer.option(rs.getInt("chosen_case"), rs.getString("shown_order"));
                        counts["A".equals(option) ? 0 : 1] += n;
                    }
                },
                studyId);
        List<ModelItemTally> out = new ArrayList<>(tally.size());
        tally.forEach((k, c) -> out.add(new ModelItemTally(k.get(0), k.get(1), c[0], c[1], c[2])));
        return out;
    }
}
