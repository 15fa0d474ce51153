package org.moralbase.base;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** Turns "cannot reach the database" into one clear message instead of a stack trace. */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnavailableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        String description = "Moralbase cannot use its database at " + url + ": " + cause.getMessage();
        String action = url.startsWith("jdbc:h2:")
                ? "The embedded database may be open in another Moralbase process, or the data folder "
                        + "(MORALBASE_DATA_DIR) is not writable. Stop the other process or choose another folder."
                : "Check that MariaDB is running and reachable, and that MORALBASE_DB_URL, MORALBASE_DB_USER and "
                        + "MORALBASE_DB_PASSWORD are right. Unset MORALBASE_DB_URL to use the embedded database.";
        return new FailureAnalysis(description, action, cause);
    }
}
