package org.moralbase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of every {@code *IT}: the whole app on a random port against the real MariaDB test database that
 * {@code ./moralbase test} creates (MORALBASE_DB_URL). All ITs share one Spring context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"moralbase.admin.password=" + IntegrationTest.ADMIN_PASSWORD, "logging.level.org.moralbase=WARN"})
public abstract class IntegrationTest {

    /** The first admin's password in tests. */
    public static final String ADMIN_PASSWORD = "integration-admin-pw";

    @BeforeAll
    static void requireMariaDb() {
        String url = System.getenv("MORALBASE_DB_URL");
        assertThat(url)
                .as("Integration tests run on MariaDB: start them with ./moralbase test (MORALBASE_DB_URL is %s)", url)
                .startsWith("jdbc:mariadb:");
    }
}
