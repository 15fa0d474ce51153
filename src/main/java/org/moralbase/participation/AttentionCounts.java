package org.moralbase.participation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.moralbase.study.AttentionTable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts sessions' attention checks in the table their kind keeps them in ({@link AttentionTable}). */
@Component
class AttentionCounts {

    private final NamedParameterJdbcTemplate jdbc;

    AttentionCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per session (of these) that answered a check, how many it passed and failed. */
    Map<Long, MonitorRow.Attention> bySession(AttentionTable where, Collection<Long> sessionIds) {
        Map<Long, MonitorRow.Attention> out = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return out;
        }
        String passed = where.passed();
        jdbc.query(
                "SELECT session_id, SUM(CASE WHEN " + passed + " THEN 1 ELSE 0 END), SUM(CASE WHEN " + passed
                        + " THEN 0 ELSE 1 END) FROM " + where.table() + " WHERE " + passed + " IS NOT NULL"
                        + " AND session_id IN (:ids) GROUP BY session_id",
                new MapSqlParameterSource("ids", sessionIds),
                rs -> {
                    out.put(rs.getLong(1), new MonitorRow.Attention(rs.getInt(2), rs.getInt(3)));
                });
        return out;
    }
}
