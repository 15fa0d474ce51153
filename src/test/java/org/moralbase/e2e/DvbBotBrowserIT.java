package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.moralbase.dvb.DvbResults;
import org.moralbase.dvb.DvbStudies;
import org.moralbase.dvb.DvgrReport;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.Source;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;

/** A bot walks a DVB session in Chromium with known answers; the stored DVGR is what it chose. */
class DvbBotBrowserIT extends BrowserTest {

    @Autowired
    DvbStudies fixtures;

    @Autowired
    ParticipationService participation;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    DvbResults results;

    @Autowired
    TestLogins logins;

    @Test
    void aBotCompletesASessionAndTheStoredDvgrMatchesItsChoices() throws Exception {
        long studyId = fixtures.openStudy(
                "{\"trialsPerParticipant\":3,\"attentionChecks\":1,\"comprehension\":true}",
                List.of("healthcare", "legal", "finance"),
                List.of(4),
                1);
        String session = ((StartOutcome.Ready) participation.start(
                        publicStudies.byId(studyId).orElseThrow(),
                        new Arrival(Source.PROLIFIC, "bot-1", "s", "x", null, false),
                        null,
                        "en",
                        "desktop"))
                .session()
                .token();

        DvbSessionPage page = DvbSessionPage.open(session)
                .agree()
                .continueAfterExample()
                .answerComprehensionWrongly()
                .answerComprehensionRightly(4);
        int trial = 0;
        int generalised = 0;
        for (int round = 1; round <= 4; round++) {
            page.shouldShowRound(round, 4);
            String a = page.option("A");
            String b = page.option("B");
            if (round == 1) {
                screenshots();
            }
            String pick;
            if (a.contains(DvbStudies.CHOSEN) || b.contains(DvbStudies.CHOSEN)) {
                pick = a.contains(DvbStudies.CHOSEN) ? "A" : "B"; // the attention check: the user's usual option
            } else {
                trial++;
                boolean deep = trial != 2; // generalise on the first and third trial, not the second
                String deepLabel = a.contains(DvbStudies.DEEP) ? "A" : "B";
                pick = deep ? deepLabel : ("A".equals(deepLabel) ? "B" : "A");
                generalised += deep ? 1 : 0;
            }
            page.choose(pick);
        }
        page.shouldBeDone();

        assertThat(trial).isEqualTo(3);
        AtomicReference<DvgrReport> report = new AtomicReference<>();
        AtomicReference<String> csv = new AtomicReference<>();
        logins.asAdmin(() -> {
            report.set(results.report(studyId));
            csv.set(results.exportCsv(studyId));
        });
        assertThat(report.get().overall().humans().trials()).isEqualTo(3);
        assertThat(report.get().overall().humans().successes())
                .isEqualTo(generalised)
                .isEqualTo(2);
        assertThat(csv.get().lines()).hasSize(1 + 4);
        assertThat(csv.get()).contains(",check,").contains("passed");

        // the researcher's DVGR page draws the people's rate beside the published reference
        String admin = logins.createUser("dvgradmin", org.moralbase.base.Roles.ADMIN);
        Selenide.clearBrowserCookies();
        LoginPage.open().logInAs(admin, TestLogins.PASSWORD).openPath("/studies/" + studyId + "/dvgr");
        $("#dvgr-chart").shouldHave(text("People (this study)")).shouldHave(text("Published: 9 models"));
        assertThat($("#dvgr-chart").innerHtml())
                .contains("People (this study): " + String.format(java.util.Locale.ROOT, "%.3f", 2 / 3.0) + " [");
        Selenide.screenshot("dvgr-page");
    }

    private static void screenshots() throws Exception {
        shoot("target/screenshots/dvb-trial-desktop.png");
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(500);
        shoot("target/screenshots/dvb-trial-phone.png");
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(1280, 900));
    }

    private static void shoot(String path) throws Exception {
        Path target = Path.of(path);
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) WebDriverRunner.getWebDriver())
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
