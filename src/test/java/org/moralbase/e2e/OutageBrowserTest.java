package org.moralbase.e2e;

import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.moralbase.DatabaseOutageTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of browser tests on a participant page while the database is cut ({@link DatabaseOutageTest}). */
abstract class OutageBrowserTest extends DatabaseOutageTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void chromium() {
        BrowserTest.useChromium(port);
    }

    @AfterEach
    void closeChromium() {
        Selenide.closeWebDriver();
    }

    /** The participant sees no exception, SQL, stack frame or generic error notice. */
    static void assertParticipantSeesNoInternals() {
        String shown = $("body").getText();
        assertThat(shown).doesNotContain("Exception", "SQL", "at org.", "Hikari", "Something went wrong");
    }
}
