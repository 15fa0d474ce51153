package org.moralbase.e2e;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.moralbase.IntegrationTest;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of browser tests: Debian's headless Chromium and chromedriver, against the app on MariaDB. */
public abstract class BrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void configureBrowser() {
        useChromium(port);
    }

    /** Points Selenide at headless Chromium and the app on this port (also for browser tests with another base). */
    static void useChromium(int port) {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped by -DskipBrowserTests");
        // use the packaged driver; never let Selenium Manager reach the network
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Configuration.browser = "chrome";
        Configuration.browserBinary = "/usr/bin/chromium";
        Configuration.headless = true;
        Configuration.browserSize = "1280x900";
        Configuration.timeout = 20_000;
        Configuration.pageLoadTimeout = 60_000;
        Configuration.reportsFolder = "target/selenide-reports";
        Configuration.downloadsFolder = "target/selenide-downloads"; // not Selenide's build/downloads in the tree
        Configuration.baseUrl = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.addArguments(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-extensions");
        // the console, for the tests that check that no page breaks the Content-Security-Policy
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        Configuration.browserCapabilities = options;
    }

    /** Waits up to 20 seconds for a server-side effect of a click (a click returns before its round trip ends). */
    protected static void eventually(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 20 seconds");
            }
            Selenide.sleep(200);
        }
    }

    @AfterEach
    void closeBrowser() {
        Selenide.closeWebDriver();
    }
}
