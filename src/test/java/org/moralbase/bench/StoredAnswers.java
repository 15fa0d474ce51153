package org.moralbase.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts, per (session, position), what the database holds for a load run's participants (Prolific ids
 * {@code prefix + index}) and compares it with what each participant saw confirmed: missing rows, duplicated
 * rows and rows with another side than the one clicked are each counted, and must all be zero.
 */
final class StoredAnswers {

    private StoredAnswers() {}

    /** What the database holds for a run: rows, (session, position) stored twice or more, confirmed and missing. */
    record Count(int stored, int duplicated, int missing) {}

    /** Creates the OPEN Prolific Moral Machine study the generator takes, owned by the first user, once. */
    static void createStudy(String url, String user, String password, String code) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement q = c.prepareStatement("INSERT IGNORE INTO study (public_code, kind, title, status,"
                        + " owner_id, random_seed, created_at, updated_at, recruitment, completion_code)"
                        + " SELECT ?, 'MORAL_MACHINE', 'Load benchmark', 'OPEN', MIN(id), 2026, NOW(6), NOW(6),"
                        + " 'PROLIFIC', 'BENCH42' FROM user_account")) {
            q.setString(1, code);
            System.out.println(
                    "study " + code + (q.executeUpdate() == 1 ? " created" : " already there") + " at " + url);
        }
    }

    static Count check(
            String url, String user, String password, String prefix, int participants, int answers, int[] confirmed)
            throws SQLException {
        Map<String, Integer> sessionsById = new HashMap<>();
        int rows = 0;
        int duplicated = 0;
        int wrongSide = 0;
        int beyond = 0;
        Map<String, boolean[]> seen = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement q =
                        c.prepareStatement("SELECT s.external_id, r.position, COUNT(*), MIN(r.choice), MAX(r.choice)"
                                + " FROM participant_session s LEFT JOIN response r ON r.session_id = s.id"
                                + " WHERE s.source = 'PROLIFIC' AND s.external_id LIKE ?"
                                + " GROUP BY s.external_id, r.position")) {
            q.setString(1, prefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    sessionsById.merge(id, 1, Integer::sum);
                    int position = rs.getInt(2);
                    if (rs.wasNull()) {
                        continue; // a session without answers
                    }
                    int count = rs.getInt(3);
                    rows += count;
                    duplicated += count - 1;
                    if (position < 1 || position > answers) {
                        beyond++;
                        continue;
                    }
                    String side = MmLoad.side(position);
                    if (!side.equals(rs.getString(4)) || !side.equals(rs.getString(5))) {
                        wrongSide++;
                    }
                    seen.computeIfAbsent(id, k -> new boolean[answers + 1])[position] = true;
                }
            }
        }
        int expected = 0;
        int missing = 0;
        int unconfirmedButStored = 0;
        for (int i = 0; i < participants; i++) {
            boolean[] s = seen.getOrDefault(MmLoad.pid(prefix, i), new boolean[answers + 1]);
            for (int p = 1; p <= answers; p++) {
                if (p <= confirmed[i]) {
                    expected++;
                    missing += s[p] ? 0 : 1;
                } else if (s[p]) {
                    unconfirmedButStored++; // stored although the participant never saw it confirmed
                }
            }
        }
        System.out.printf(
                "database: sessions %d of %d, response rows %d, expected %d (confirmed answers), missing %d,"
                        + " duplicated %d, wrong side %d, beyond last position %d, stored but unconfirmed %d%n",
                sessionsById.size(),
                participants,
                rows,
                expected,
                missing,
                duplicated,
                wrongSide,
                beyond,
                unconfirmedButStored);
        return new Count(rows, duplicated, missing);
    }
}
