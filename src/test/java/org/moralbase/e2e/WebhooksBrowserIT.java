package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.models.TestMasterKey;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The study's Webhooks page (decision 0040): a wrong address is refused on its field, a webhook is added with its
 * secret shown once, a test message is delivered to a WireMock receiver and shows in the log, and the webhook is
 * removed after a confirmation; on a desktop and a phone.
 */
class WebhooksBrowserIT extends BrowserTest {

    static WireMockServer receiver;
    static boolean masterKeySetHere;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @BeforeAll
    static void startReceiver() {
        masterKeySetHere = TestMasterKey.setIfMissing();
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/events")).willReturn(aResponse().withStatus(204)));
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
        TestMasterKey.clear(masterKeySetHere);
    }

    @Test
    void aResearcherAddsAWebhookSeesItsSecretOnceTestsItAndRemovesIt() {
        String researcher = logins.createUser("wilma", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Hooked study", "CHOICE_PAIR");
        logins.signOut();
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        Selenide.open("/studies/" + study.id());
        $("#study-webhooks-link").scrollIntoView("{block: 'center'}").click();
        $("#webhooks-about").shouldHave(text("Standard Webhooks"));
        $("#webhooks-none").shouldBe(visible);

        $("#webhook-url input").setValue("ftp://example.org/events");
        $("#webhook-add").scrollIntoView("{block: 'center'}").click();
        $("#webhook-url").shouldHave(attribute("invalid"));
        $("#webhook-url").shouldHave(text("only http and https addresses are allowed"));

        $("#webhook-url input").setValue(receiver.baseUrl() + "/events");
        $$("#webhook-events vaadin-checkbox")
                .findBy(text("run.finished"))
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#webhook-add").scrollIntoView("{block: 'center'}").click();
        $("#webhook-secret-dialog").shouldBe(visible);
        String secret = $("#webhook-secret textarea").getValue();
        assertThat(secret).startsWith("whsec_");
        Screenshots.desktopAndPhone("webhooks-secret");
        $("#webhook-secret-done").click();
        $("#webhook-list")
                .shouldHave(text(receiver.baseUrl() + "/events"))
                .shouldHave(text("session.completed, run.finished"));

        $$("#webhook-list vaadin-button")
                .findBy(text("Send test"))
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#webhook-list vaadin-grid").shouldHave(text("webhook.test"));
        $("#webhook-list vaadin-grid").shouldHave(text("Delivered (HTTP 204)"), Duration.ofSeconds(20));
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/events")))).hasSize(1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/events")))
                        .getFirst()
                        .getHeader("webhook-signature"))
                .startsWith("v1,");
        $("#webhook-list vaadin-grid").scrollIntoView("{block: 'end'}");
        Selenide.screenshot("webhooks-log-desktop");
        var window =
                com.codeborne.selenide.WebDriverRunner.getWebDriver().manage().window();
        var desktop = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(390, 844));
        $("#webhook-list vaadin-grid").scrollIntoView("{block: 'end'}");
        Selenide.sleep(400);
        Selenide.screenshot("webhooks-log-phone"); // the log itself, which a phone reaches by scrolling
        window.setSize(desktop);

        Selenide.refresh(); // the secret is not shown again
        $("#webhook-list").shouldHave(text("Send test"));
        assertThat(Selenide.webdriver().driver().source()).doesNotContain(secret);

        // a new secret, shown once; the previous one still signs for a day (WebhooksIT checks the signatures)
        $$("#webhook-list vaadin-button")
                .findBy(text("Rotate secret…"))
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#webhook-rotate-dialog").shouldHave(text("24 hours"));
        $$("#webhook-rotate-dialog vaadin-button").findBy(text("Rotate")).click();
        $("#webhook-secret-dialog").shouldBe(visible).shouldHave(text("New secret"));
        String rotated = $("#webhook-secret textarea").getValue();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
        Screenshots.desktopAndPhone("webhooks-rotated");
        $("#webhook-secret-done").click();

        $$("#webhook-list vaadin-button")
                .findBy(text("Remove…"))
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#webhook-remove-dialog").shouldHave(text("Remove this webhook?"));
        $$("#webhook-remove-dialog vaadin-button").findBy(text("Remove")).click();
        $("#webhooks-none").shouldBe(visible);
    }
}
