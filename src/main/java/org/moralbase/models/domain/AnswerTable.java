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
import org.moralbase.models.ItemTally;
import org.moralbase.models.ModelAnswersStored;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.SamplePoint;
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

    private static final String COLUMNS = "run_id, prompt_index, item_index, sample_index, item_key, shown_order,"
            + " shown, raw_text, chosen_position, valid, failure_type, attempts, error_detail, latency_ms,"
            + " answered_at";
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
    public int insert(List<RunAnswer> answers) {
        int inserted = insertRows(answers);
        if (inserted > 0) {
            answers.stream()
                    .mapToLong(RunAnswer::runId)
                    .distinct()
                    .forEach(run -> events.publishEvent(new ModelAnswersStored(run, inserted)));
        }
        return inserted;
    }

    private int insertRows(List<RunAnswer> answers) {
        if (answers.isEmpty()) {
            return 0;
        }
        try {
            jdbc.batchUpdate(INSERT, answers, answers.size(), AnswerTable::bind);
            return answers.size();
        } catch (DuplicateKeyException e) {
            int inserted = 0;
            for (RunAnswer a : answers) {
                try {
                    inserted += jdbc.update(INSERT, ps -> bind(ps, a));
                } catch (DuplicateKeyException duplicate) {
                    // already stored: exactly one outcome per prompt
                }
            }
            return inserted;
        }
    }

    private static void bind(PreparedStatement ps, RunAnswer a) throws SQLException {
        ps.setLong(1, a.runId());
        ps.setInt(2, a.promptIndex());
        ps.setInt(3, a.itemIndex());
        ps.setInt(4, a.sample());
        ps.setString(5, a.itemKey());
        ps.setString(6, a.shownOrder());
        ps.setString(7, a.shown());
        ps.setString(8, a.rawText());
        ps.setInt(9, a.chosenPosition());
        ps.setBoolean(10, a.valid());
        ps.setString(11, a.failure());
        ps.setInt(12, a.attempts());
        ps.setString(13, a.errorDetail());
        if (a.latencyMillis() == null) {
            ps.setNull(14, Types.BIGINT);
        } else {
            ps.setLong(14, a.latencyMillis());
        }
        ps.setTimestamp(15, Timestamp.from(a.storedAt()));
    }

    /** Prompt indexes of the run that have an outcome. */
    public Set<Integer> storedPromptIndexes(long runId) {
        return new HashSet<>(
                jdbc.queryForList("SELECT prompt_index FROM model_answer WHERE run_id = ?", Integer.class, runId));
    }

    /** Counts: [valid answers, of them naming the option shown first]. */
    public long[] positions(long runId) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(CASE WHEN valid THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN valid AND chosen_position = 1 THEN 1 ELSE 0 END), 0)"
                        + " FROM model_answer WHERE run_id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                runId);
    }

    /** Valid answers of a run by the position (scale point) chosen: element p counts position p (0 unused). */
    public long[] positionCounts(long runId, int points) {
        long[] counts = new long[points + 1];
        jdbc.query(
                "SELECT chosen_position, COUNT(*) FROM model_answer WHERE run_id = ? AND valid GROUP BY chosen_position",
                rs -> {
                    int p = rs.getInt(1);
                    if (p >= 1 && p <= points) {
                        counts[p] = rs.getLong(2);
                    }
                },
                runId);
        return counts;
    }

    /** Counts: [all, answered, valid]. */
    public long[] counts(long runId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN failure_type IS NULL THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN valid THEN 1 ELSE 0 END), 0) FROM model_answer WHERE run_id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                runId);
    }

    /** A page of the run's answers in prompt order; {@code invalidOnly}: those that gave no valid answer. */
    public List<RunAnswer> page(long runId, boolean invalidOnly, int offset, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM model_answer WHERE run_id = ?" + (invalidOnly ? " AND NOT valid" : "")
                        + " ORDER BY prompt_index LIMIT ? OFFSET ?",
                AnswerTable::read,
                runId,
                limit,
                offset);
    }

    /** Every answer of the run in prompt order. */
    public List<RunAnswer> all(long runId) {
        return new ArrayList<>(jdbc.query(
                "SELECT " + COLUMNS + " FROM model_answer WHERE run_id = ? ORDER BY prompt_index",
                AnswerTable::read,
                runId));
    }

    private static RunAnswer read(ResultSet rs, int row) throws SQLException {
        long latency = rs.getLong("latency_ms");
        Long latencyMillis = rs.wasNull() ? null : latency;
        return new RunAnswer(
                rs.getLong("run_id"),
                rs.getInt("prompt_index"),
                rs.getInt("item_index"),
                rs.getInt("sample_index"),
                rs.getString("item_key"),
                rs.getString("shown_order"),
                rs.getString("shown"),
                rs.getString("raw_text"),
                rs.getInt("chosen_position"),
                rs.getBoolean("valid"),
                rs.getString("failure_type"),
                rs.getInt("attempts"),
                rs.getString("error_detail"),
                latencyMillis,
                rs.getTimestamp("answered_at").toInstant());
    }

    /**
     * The answers to a study's items, asked by runs or imported, per registry model, run, item and option of the item
     * (a swapped order undone): valid answers for A and B, unreadable ones, and how many were shown in each order.
     * Prompts without an answer (failed, cancelled) are not counted.
     */
    public List<ItemTally> itemTallies(long studyId) {
        Map<List<Object>, int[]> tally = new LinkedHashMap<>();
        jdbc.query(
                "SELECT m.id, m.name, r.id AS run_id, a.item_key, a.valid, a.chosen_position, a.shown_order,"
                        + " COUNT(*) AS n"
                        + " FROM model_answer a JOIN model_run r ON a.run_id = r.id JOIN model m ON r.model_ref = m.id"
                        + " WHERE r.study_id = ? AND a.failure_type IS NULL"
                        + " GROUP BY m.id, m.name, r.id, a.item_key, a.valid, a.chosen_position, a.shown_order"
                        + " ORDER BY m.name, r.id, a.item_key",
                rs -> {
                    int[] counts = tally.computeIfAbsent(
                            List.of(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)), k -> new int[5]);
                    int n = rs.getInt("n");
                    String order = rs.getString("shown_order");
                    if (!rs.getBoolean("valid")) {
                        counts[2] += n;
                    } else {
                        String option = RunAnswer.option(rs.getInt("chosen_position"), order);
                        counts["A".equals(option) ? 0 : 1] += n;
                    }
                    if ("AB".equals(order)) {
                        counts[3] += n;
                    } else if ("BA".equals(order)) {
                        counts[4] += n;
                    }
                },
                studyId);
        List<ItemTally> out = new ArrayList<>(tally.size());
        tally.forEach((k, c) -> out.add(new ItemTally(
                (Long) k.get(0), (String) k.get(1), (Long) k.get(2), (String) k.get(3), c[0], c[1], c[2], c[3], c[4])));
        return out;
    }

    /**
     * Every answer to a study's items by model, run and sample, with the position chosen (0: unreadable); failed calls
     * left out. The sample is the answer's rank among its run's answers to the item, in prompt order — the sample index
     * of an asked run (whose items have one order), the k-th answer in the file of an imported one.
     */
    public List<SamplePoint> samplePoints(long studyId) {
        List<SamplePoint> out = new ArrayList<>();
        Map<List<Object>, Integer> seen = new java.util.HashMap<>();
        jdbc.query(
                "SELECT m.id, m.name, r.id, a.item_key, CASE WHEN a.valid THEN a.chosen_position ELSE 0 END,"
                        + " a.failure_type FROM model_answer a JOIN model_run r ON a.run_id = r.id"
                        + " JOIN model m ON r.model_ref = m.id WHERE r.study_id = ?"
                        + " ORDER BY m.name, r.id, a.prompt_index",
                rs -> {
                    long run = rs.getLong(3);
                    String item = rs.getString(4);
                    int sample = seen.merge(List.of(run, item), 1, Integer::sum) - 1;
                    if (rs.getString(6) == null) {
                        out.add(new SamplePoint(rs.getLong(1), rs.getString(2), run, sample, item, rs.getInt(5)));
                    }
                },
                studyId);
        return out;
    }

    /** How many answers the study's runs hold, asked and imported. */
    public long countForStudy(long studyId) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM model_answer a JOIN model_run r ON a.run_id = r.id WHERE r.study_id = ?",
                Long.class,
                studyId);
        return n == null ? 0 : n;
    }
}
