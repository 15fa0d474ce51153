package org.moralbase;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.moralbase.participation.AnswerStored;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of ITs that make the database unreachable: the app in a Spring context of its own whose connection pool
 * reaches MariaDB through a {@link DatabaseProxy} the test cuts and restores (or freezes and thaws). The pool is
 * small, the retry budget and the socket timeout short so the tests are quick; the pool's connection timeout and
 * validation are the production settings.
 */
@Import(DatabaseOutageTest.CutWhileSaving.class)
public abstract class DatabaseOutageTest extends IntegrationTest {

    /**
     * Seconds a participant's save keeps retrying here (production: 15): long enough that a browser test's "brief"
     * cut (seeing "saving", a screenshot) ends within it on a loaded 2-core machine (3 s did not, once).
     */
    protected static final int RETRY_BUDGET_SECONDS = 8;

    /** How long a read from a silent database waits here (production: 20 s). */
    protected static final int SOCKET_TIMEOUT_MS = 2000;

    protected static final DatabaseProxy database = DatabaseProxy.forJdbcUrl(
            System.getenv().getOrDefault("MORALBASE_DB_URL", "jdbc:mariadb://127.0.0.1:3306/unset"));

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> database.through(System.getenv().getOrDefault("MORALBASE_DB_URL", "jdbc:mariadb://x:1/unset")));
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.pool-name", () -> "outage-pool");
        registry.add("moralbase.participation.retry-budget", () -> RETRY_BUDGET_SECONDS + "s");
        registry.add("spring.datasource.hikari.data-source-properties.socketTimeout", () -> SOCKET_TIMEOUT_MS);
        // the shared context's executor owns the model runs in this database
        registry.add("moralbase.models.resume-on-start", () -> "false");
    }

    /** Cuts the database inside the next answer's transaction: its row is written, the commit is still to come. */
    protected static void cutBeforeTheNextCommit() {
        CutWhileSaving.armed.set(true);
    }

    @AfterEach
    void restoreTheDatabase() {
        CutWhileSaving.armed.set(false);
        database.thaw();
        database.restore();
    }

    static class CutWhileSaving {
        static final AtomicBoolean armed = new AtomicBoolean();

        @EventListener
        void answerWritten(AnswerStored event) { // published inside the saving transaction
            if (armed.getAndSet(false)) {
                database.cut();
            }
        }
    }
}
