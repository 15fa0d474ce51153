package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moralbase.dvb.DvbStudies;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.Source;
import org.moralbase.participation.StartOutcome;
import org.moralbase.study.PublicStudies;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A DVB round on a 390x844 phone: with N = 4, 20 or 40 earlier choices, with short options and with options of two or
 * three sentences as real DVB items have, the new pair and both answer buttons stand on the first screen (the earlier
 * choices scroll in their own box, smaller for a long pair), and a choice there is taken.
 */
class DvbPhoneBrowserIT extends BrowserTest {

    @Autowired
    DvbStudies fixtures;

    @Autowired
    ParticipationService participation;

    @Autowired
    PublicStudies publicStudies;

    /** The elements whose right edge lies beyond the window, as "tag#id.class right", or "". */
    static final String WIDER_THAN_THE_WINDOW = """
            const w = window.innerWidth; const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > w + 1) out.push(e.tagName.toLowerCase() + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));
            }
            return out.slice(0, 8).join('; ') + (out.length ? ' (window ' + w + ')' : '');""";

    /** Two sentences after every option's text, as real DVB options run (about 120 characters each). */
    static final String LONG = ". It explains each step of the plan in plain words and checks that everyone who is"
            + " affected has understood what happens next";

    @ParameterizedTest
    @CsvSource({"4,false", "20,false", "40,false", "4,true", "40,true"})
    void theNewPairAndItsButtonsAreOnAPhonesFirstScreen(int n, boolean longOptions) {
        long studyId = fixtures.openStudy(
                "{\"trialsPerParticipant\":1,\"attentionChecks\":0,\"comprehension\":false}",
                List.of("healthcare"),
                List.of(n),
                1,
                longOptions ? LONG : "");
        String session = ((StartOutcome.Ready) participation.start(
                        publicStudies.byId(studyId).orElseThrow(),
                        new Arrival(Source.PROLIFIC, "phone-" + n + longOptions, "s", "x", null, false),
                        null,
                        "en",
                        "phone"))
                .session()
                .token();
        Selenide.open("/dvb/" + session);
        // after the start: Chromium's headless window is at least 500 px wide when started, not when resized
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(390, 844));
        $("#dvb-consent-agree").shouldBe(visible).click();
        $("#dvb-example-continue").shouldBe(visible).click();
        $("#dvb-progress").shouldBe(visible);
        $("#dvb-example-" + n).should(exist);
        Selenide.sleep(300); // layout settles after the round's response

        for (String id : List.of("dvb-test", "dvb-choose-a", "dvb-choose-b")) {
            Number bottom = Selenide.executeJavaScript(
                    "return document.getElementById(arguments[0]).getBoundingClientRect().bottom", id);
            Number height = Selenide.executeJavaScript("return window.innerHeight");
            assertThat(bottom.doubleValue())
                    .as("bottom of #%s with N = %d, long options %s (window %s px high)", id, n, longOptions, height)
                    .isLessThanOrEqualTo(height.doubleValue());
        }
        String wide = Selenide.executeJavaScript(WIDER_THAN_THE_WINDOW);
        assertThat(wide)
                .as("elements wider than the window (no sideways scrolling)")
                .isEmpty();
        if (n > 4) {
            Boolean scrolls = Selenide.executeJavaScript(
                    "const e = document.getElementById('dvb-examples'); return e.scrollHeight > e.clientHeight");
            assertThat(scrolls).as("the earlier choices scroll in their box").isTrue();
            $("#dvb-examples-hint").shouldBe(visible);
        }
        String label = Selenide.executeJavaScript(
                "const l = document.getElementById('dvb-choose-b').shadowRoot.querySelector('[part=label]');"
                        + " return l.scrollWidth <= l.clientWidth + 1 ? '' : 'cut'");
        assertThat(label).as("the button's label is whole").isEmpty();
        Selenide.screenshot("dvb-trial-n" + n + (longOptions ? "-long" : "") + "-phone");
        if (n == 20 || (n == 40 && longOptions)) {
            WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(1280, 900));
            Selenide.sleep(400);
            Selenide.screenshot("dvb-trial-n" + n + (longOptions ? "-long" : "") + "-desktop");
            WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(390, 844));
            Selenide.sleep(400);
        }

        $("#dvb-choose-a").click();
        $("#dvb-done").shouldBe(visible);
    }
}
