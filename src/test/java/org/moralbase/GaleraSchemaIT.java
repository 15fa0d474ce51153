package org.moralbase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Galera's rules for tables, read from information_schema of the migrated test database (docs/decisions/0031):
 * every table is InnoDB, the only engine Galera replicates, and has a primary key, without which Galera replicates
 * row events slowly (a full scan per row on every other node) and may apply them in a different order.
 */
class GaleraSchemaIT extends IntegrationTest {

    @Autowired
    JdbcTemplate db;

    @Test
    void theSchemaHasTablesToCheck() {
        assertThat(db.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.tables"
                                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
                        Integer.class))
                .as("the migrated schema's tables")
                .isGreaterThan(20);
    }

    @Test
    void everyTableHasAPrimaryKey() {
        assertThat(db.queryForList(
                        "SELECT t.table_name FROM information_schema.tables t"
                                + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'"
                                + " AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c"
                                + " WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name"
                                + " AND c.constraint_type = 'PRIMARY KEY') ORDER BY t.table_name",
                        String.class))
                .as("tables without a primary key (Galera needs one on every table)")
                .isEmpty();
    }

    @Test
    void everyTableIsInnoDb() {
        assertThat(db.queryForList(
                        "SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables"
                                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                                + " AND engine <> 'InnoDB' ORDER BY table_name",
                        String.class))
                .as("tables Galera would not replicate")
                .isEmpty();
    }
}
