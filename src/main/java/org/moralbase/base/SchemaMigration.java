package org.moralbase.base;

import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * {@code ./moralbase migrate}: runs the Flyway migrations once against {@code MORALBASE_DB_URL} and exits, without
 * the web app (no Spring context, so no run resumed and no scheduled work started). A cluster migrates this way,
 * once, before its app nodes start with {@code MORALBASE_MIGRATE_ON_START=false}: Flyway's lock is MariaDB's
 * {@code GET_LOCK}, which Galera does not replicate, so nodes migrating at start-up could race
 * (docs/decisions/0031). Same settings as {@code spring.flyway.*} in application.properties.
 */
public final class SchemaMigration {

    /** The program argument that selects this instead of the web app. */
    public static final String FLAG = "--moralbase.migrate-only";

    private SchemaMigration() {}

    /** True when the program arguments ask for the migrations only. */
    public static boolean handles(String[] args) {
        return Arrays.asList(args).contains(FLAG);
    }

    /** Migrates the database the environment names; returns the exit code (0 done, 1 failed, 2 not configured). */
    public static int run(Map<String, String> env) {
        String url = env.get("MORALBASE_DB_URL");
        if (url == null || url.isBlank()) {
            System.err.println("moralbase migrate: set MORALBASE_DB_URL (and MORALBASE_DB_USER, MORALBASE_DB_PASSWORD)"
                    + " to the database to migrate, e.g. jdbc:mariadb://127.0.0.1:3311/moralbase");
            return 2;
        }
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(
                            url,
                            env.getOrDefault("MORALBASE_DB_USER", "moralbase"),
                            env.getOrDefault("MORALBASE_DB_PASSWORD", ""))
                    .locations("classpath:db/migration")
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            System.out.println("moralbase migrate: " + result.migrationsExecuted + " migrations applied, schema at "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
            return 0;
        } catch (FlywayException e) {
            System.err.println("moralbase migrate: " + e.getMessage());
            return 1;
        }
    }
}
