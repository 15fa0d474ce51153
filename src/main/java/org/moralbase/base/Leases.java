package org.moralbase.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cluster-wide leases (decision 0036): a named row in {@code lease} says which node does a piece of work until
 * when. Taken and renewed with one conditional UPDATE ({@code WHERE lease_until < now OR node_id = me}), so on
 * Galera two nodes racing certify one write and the other gets a deadlock at commit, retried by {@link Retries};
 * the retry then finds the lease held and does not take it. Times come from the node's clock: nodes keep their
 * clocks in step (NTP), far below the lease length.
 */
@Component
public class Leases {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String nodeId;
    private final Retries retries = Retries.transientDatabase(Duration.ofSeconds(10));

    @Autowired
    Leases(DataSource dataSource, Clock clock, @Value("${moralbase.node-id:}") String nodeId) {
        this(new JdbcTemplate(dataSource), clock, nodeId.isBlank() ? defaultNodeId() : nodeId);
    }

    /** A lease holder with the given node id (tests run two "nodes" in one JVM). */
    public Leases(JdbcTemplate jdbc, Clock clock, String nodeId) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /** This node: host name and a random part fixed at start, shown on the run page and in the logs. */
    public String nodeId() {
        return nodeId;
    }

    /**
     * Takes or renews the lease {@code name} for {@code length} from now; true if this node holds it now, false if
     * another node holds an unexpired one.
     */
    public boolean take(String name, Duration length) {
        return retries.run(() -> {
            Instant now = clock.instant();
            Timestamp until = Timestamp.from(now.plus(length));
            Timestamp at = Timestamp.from(now);
            int updated = jdbc.update(
                    "UPDATE lease SET node_id = ?, lease_until = ?, heartbeat = ? WHERE name = ?"
                            + " AND (lease_until < ? OR node_id = ?)",
                    nodeId,
                    until,
                    at,
                    name,
                    at,
                    nodeId);
            if (updated == 1) {
                return true;
            }
            // held by another node: most calls end here (a node looks for runs to resume at every beat), and an
            // INSERT refused by the key would log a driver warning each time
            if (jdbc.queryForObject("SELECT COUNT(*) FROM lease WHERE name = ?", Integer.class, name) > 0) {
                return false;
            }
            try {
                return jdbc.update(
                                "INSERT INTO lease (name, node_id, lease_until, heartbeat) VALUES (?, ?, ?, ?)",
                                name,
                                nodeId,
                                until,
                                at)
                        == 1;
            } catch (DuplicateKeyException held) {
                return false; // the row exists and another node holds it
            }
        });
    }

    /** Gives the lease up if this node holds it, so another node may take it at once. */
    public void release(String name) {
        retries.run(() -> jdbc.update("DELETE FROM lease WHERE name = ? AND node_id = ?", name, nodeId));
    }

    /** The node holding an unexpired lease {@code name}, or null. */
    public String holder(String name) {
        return jdbc
                .query(
                        "SELECT node_id FROM lease WHERE name = ? AND lease_until >= ?",
                        (rs, i) -> rs.getString(1),
                        name,
                        Timestamp.from(clock.instant()))
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
