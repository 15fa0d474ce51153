package org.moralbase.webhooks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code webhook} table (V0105). */
@Repository
class WebhookTable {

    private static final String COLUMNS = "id, study_id, url, events, created_by, created_at";

    private final JdbcTemplate jdbc;

    WebhookTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long studyId, String url, List<WebhookEvent> events, String sealedSecret, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    PreparedStatement s = c.prepareStatement(
                            "INSERT INTO webhook (study_id, url, events, secret_sealed, created_by, created_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    s.setLong(1, studyId);
                    s.setString(2, url);
                    s.setString(
                            3,
                            String.join(
                                    ",", events.stream().map(WebhookEvent::type).toList()));
                    s.setString(4, sealedSecret);
                    s.setString(5, by);
                    s.setTimestamp(6, Timestamp.from(at));
                    return s;
                },
                key);
        return key.getKey().longValue();
    }

    List<Webhook> ofStudy(long studyId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM webhook WHERE study_id = ? ORDER BY id", WebhookTable::row, studyId);
    }

    Optional<Webhook> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook WHERE id = ?", WebhookTable::row, id).stream()
                .findFirst();
    }

    Optional<String> sealedSecret(long id) {
        return jdbc.query("SELECT secret_sealed FROM webhook WHERE id = ?", (rs, i) -> rs.getString(1), id).stream()
                .findFirst();
    }

    /** A new secret; the previous one keeps signing beside it until {@code previousUntil}. */
    void rotate(long id, String sealedSecret, String previousSealed, Instant previousUntil) {
        jdbc.update(
                "UPDATE webhook SET secret_sealed = ?, previous_secret_sealed = ?, previous_until = ? WHERE id = ?",
                sealedSecret,
                previousSealed,
                Timestamp.from(previousUntil),
                id);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM webhook WHERE id = ?", id);
    }

    private static Webhook row(ResultSet rs, int i) throws SQLException {
        return new Webhook(
                rs.getLong("id"),
                rs.getLong("study_id"),
                rs.getString("url"),
                Arrays.stream(rs.getString("events").split(","))
                        .map(WebhookEvent::ofType)
                        .flatMap(Optional::stream)
                        .toList(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
