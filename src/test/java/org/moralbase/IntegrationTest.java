package org.moralbase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Base of every {@code *IT}: the whole app on a random port against the real MariaDB test database that
 * {@code ./moralbase test} creates (MORALBASE_DB_URL). All ITs share one Spring context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "moralbase.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
            "logging.level.org.moralbase=WARN",
            // runs are handed between test "nodes": the context's own sweep only at start (decision 0036)
            "moralbase.models.heartbeat=1h",
            // WireMock stands in for model servers on this machine
            "moralbase.models.allowed-hosts=localhost,127.0.0.1",
            // and for webhooks' receivers; their first retry after 1 s, not 5 s
            "moralbase.webhooks.allowed-hosts=localhost,127.0.0.1",
            "moralbase.webhooks.retry-delays=1s,2s",
            "moralbase.webhooks.poll=500ms",
            // live results catch up with other nodes' answers within a second (decision 0041)
            "moralbase.live.catch-up=1s"
        })
public abstract class IntegrationTest {

    /** The first admin's password in tests. */
    public static final String ADMIN_PASSWORD = "integration-admin-pw";

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContexts;

    /**
     * Signs test threads in and out through this context's security context holder: each Spring context makes its
     * own (Vaadin's) and installs it globally, so with a second context (DatabaseOutageTest) the global one may
     * belong to the other context.
     */
    @BeforeEach
    void useThisContextsSecurityContexts() {
        securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @BeforeAll
    static void requireMariaDb() {
        String url = System.getenv("MORALBASE_DB_URL");
        assertThat(url)
                .as("Integration tests run on MariaDB: start them with ./moralbase test (MORALBASE_DB_URL is %s)", url)
                .startsWith("jdbc:mariadb:");
    }
}
