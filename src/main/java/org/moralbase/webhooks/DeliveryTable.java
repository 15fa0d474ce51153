package org.moralbase.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code webhook_delivery} table (V0105): the outbox the dispatcher sends from and the delivery log pages show.
 * A delivery is claimed for an attempt by one conditional UPDATE on its attempt count, so two nodes never send the
 * same attempt (on Galera the loser's certification fails and its retry finds the row claimed).
 */
@Repository
class DeliveryTable {

    private static final String COLUMNS = "id, webhook_id, message_id, event, status, attempts, created_at,"
            + " last_attempt_at, last_http_status, last_error, next_attempt_at, delivered_at, payload";

    /** A pending delivery as the dispatcher sends it: where, with what secret, and what. */
    /**
     * A message to send now, with its webhook's secret and, within the grace period after a rotation, the previous
     * one ({@code previousSealed} null otherwise).
     */
    record Due(
            long id,
            String messageId,
            String payload,
            int attempts,
            String url,
            String sealedSecret,
            String previousSealed) {}

    private final JdbcTemplate jdbc;

    DeliveryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a message for a webhook, due now. With a {@code onceKey}, a second message with the same key for the same
     * webhook is not stored (false).
     */
    boolean enqueue(long webhookId, WebhookEvent event, String onceKey, String payload, Long sessionId, Instant at) {
        try {
            jdbc.update(
                    "INSERT INTO webhook_delivery (webhook_id, message_id, event, once_key, payload, session_id, status,"
                            + " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    webhookId,
                    "msg_" + UUID.randomUUID().toString().replace("-", ""),
                    event.type(),
                    onceKey,
                    payload,
                    sessionId,
                    Timestamp.from(at),
                    Timestamp.from(at));
            return true;
        } catch (DuplicateKeyException once) {
            return false;
        }
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.query(
                "SELECT d.id, d.message_id, d.payload, d.attempts, w.url, w.secret_sealed,"
                        + " CASE WHEN w.previous_until > ? THEN w.previous_secret_sealed END FROM webhook_delivery d"
                        + " JOIN webhook w ON w.id = d.webhook_id WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?"
                        + " ORDER BY d.next_attempt_at, d.id LIMIT ?",
                (rs, i) -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)),
                Timestamp.from(now),
                Timestamp.from(now),
                limit);
    }

    /**
     * Claims the delivery's next attempt: true if this caller makes it. The attempt counts from now on, and the
     * delivery is not due again before {@code retryAt} (should the claiming node die mid-attempt).
     */
    boolean claim(Due due, Instant now, Instant retryAt) {
        return jdbc.update(
                        "UPDATE webhook_delivery SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?"
                                + " WHERE id = ? AND status = 'PENDING' AND attempts = ?",
                        Timestamp.from(now),
                        Timestamp.from(retryAt),
                        due.id(),
                        due.attempts())
                == 1;
    }

    void delivered(long id, int httpStatus, Instant at) {
        jdbc.update(
                "UPDATE webhook_delivery SET status = 'DELIVERED', last_http_status = ?, last_error = NULL,"
                        + " delivered_at = ? WHERE id = ?",
                httpStatus,
                Timestamp.from(at),
                id);
    }

    /** A failed attempt: tried again at {@code nextAt}, or FAILED for good when that is null. */
    void failed(long id, Integer httpStatus, String error, Instant nextAt) {
        String why = error.length() > 500 ? error.substring(0, 497) + "…" : error;
        if (nextAt == null) {
            jdbc.update(
                    "UPDATE webhook_delivery SET status = 'FAILED', last_http_status = ?, last_error = ? WHERE id = ?",
                    httpStatus,
                    why,
                    id);
        } else {
            jdbc.update(
                    "UPDATE webhook_delivery SET last_http_status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                    httpStatus,
                    why,
                    Timestamp.from(nextAt),
                    id);
        }
    }

    /** The webhook's latest deliveries, newest first. */
    List<Delivery> log(long webhookId, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM webhook_delivery WHERE webhook_id = ? ORDER BY id DESC LIMIT ?",
                DeliveryTable::row,
                webhookId,
                limit);
    }

    Optional<Delivery> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_delivery WHERE id = ?", DeliveryTable::row, id).stream()
                .findFirst();
    }

    /** Sends a delivered or failed message again, from its first attempt (same message id). */
    void redeliver(long id, Instant now) {
        jdbc.update(
                "UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, delivered_at = NULL"
                        + " WHERE id = ?",
                Timestamp.from(now),
                id);
    }

    /** Deletes sent and failed messages created before {@code before}; the count. */
    int prune(Instant before) {
        return jdbc.update(
                "DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < ?", Timestamp.from(before));
    }

    /** Messages about sessions whose platform ids were dropped (decision 0039), still holding them: id → payload. */
    List<Object[]> holdingDroppedIds() {
        return jdbc.query(
                "SELECT d.id, d.payload FROM webhook_delivery d JOIN participant_session s ON s.id = d.session_id"
                        + " WHERE s.platform_ids_dropped_at IS NOT NULL AND d.payload LIKE '%\"external_id\":\"%'",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
    }

    void replacePayload(long id, String payload) {
        jdbc.update("UPDATE webhook_delivery SET payload = ? WHERE id = ?", payload, id);
    }

    private static Delivery row(ResultSet rs, int i) throws SQLException {
        Timestamp lastAttempt = rs.getTimestamp("last_attempt_at");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        int status = rs.getInt("last_http_status");
        Integer httpStatus = rs.wasNull() ? null : status;
        return new Delivery(
                rs.getLong("id"),
                rs.getLong("webhook_id"),
                rs.getString("message_id"),
                WebhookEvent.ofType(rs.getString("event")).orElse(WebhookEvent.TEST),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                lastAttempt == null ? null : lastAttempt.toInstant(),
                httpStatus,
                rs.getString("last_error"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                delivered == null ? null : delivered.toInstant(),
                rs.getString("payload"));
    }
}
