package org.moralbase.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code ./moralbase migrate}: the migrations once, on the embedded database's engine (H2 in MariaDB mode). */
class SchemaMigrationTest {

    private static final String URL =
            "jdbc:h2:mem:migrate-once;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1";

    @Test
    void onlyTheFlagSelectsIt() {
        assertThat(SchemaMigration.handles(new String[] {"--moralbase.migrate-only"}))
                .isTrue();
        assertThat(SchemaMigration.handles(new String[] {"--server.port=8081"})).isFalse();
        assertThat(SchemaMigration.handles(new String[0])).isFalse();
    }

    @Test
    void withoutADatabaseItSaysWhichToSet() {
        assertThat(SchemaMigration.run(Map.of())).isEqualTo(2);
    }

    @Test
    void itMigratesOnceAndASecondRunFindsNothingToDo() {
        Map<String, String> env = Map.of("MORALBASE_DB_URL", URL, "MORALBASE_DB_USER", "sa");
        assertThat(SchemaMigration.run(env)).isZero();
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(URL, "sa", ""));
        Integer applied = db.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\"", Integer.class);
        assertThat(applied).isGreaterThan(20);
        assertThat(SchemaMigration.run(env)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\"", Integer.class))
                .isEqualTo(applied);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAFailureNotAStackTrace() {
        assertThat(SchemaMigration.run(Map.of("MORALBASE_DB_URL", "jdbc:mariadb://127.0.0.1:1/none")))
                .isEqualTo(1);
    }
}
