package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.moralgraph.CardTranscripts;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.moralgraph.ValuesCardSettings;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interviewer on the participant's card page in Chromium (decision 0037): a participant chats with a WireMock
 * model, its proposed card fills the form, the participant edits and saves it, and the card is stored with the chat;
 * the researcher's cards page shows the interview. Screenshots on a desktop and a phone.
 */
class ValuesCardInterviewBrowserIT extends BrowserTest {

    static final String CARD = "{\"card\": {\"title\": \"Truth at their pace\", \"description\": \"Tell the truth,"
            + " at the pace the person can take it.\", \"policies\": [\"What they already know\","
            + " \"What they can bear today\", \"Who is with them\"]}}";

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    CardTranscripts transcripts;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/interviewer/v1/chat/completions"))
                .atPriority(5)
                .willReturn(okJson(ProviderJson.openAi(
                        "Thank you for telling me. In that moment, what did you pay attention to?", "stop", 80, 12))));
        server.stubFor(post(urlEqualTo("/interviewer/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(containing("Participant: Please propose a card"))
                .willReturn(okJson(ProviderJson.openAi(
                        "Here is a card for you; change anything you like.\n" + CARD, "stop", 90, 60))));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aParticipantChatsWithTheInterviewerConfirmsTheProposedCardAndTheResearcherReadsTheChat() {
        String researcher = logins.createUser("vcib", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Interviewer bot", ValuesCardKind.ID);
        long model = registry.create(ScriptedModels.at(
                        server.baseUrl() + "/interviewer/v1", "Interviewer " + System.nanoTime() % 100_000))
                .id();
        studies.updateSettings(
                study.id(),
                new ValuesCardSettings(
                                "How should a chatbot answer someone asking about a hard diagnosis?",
                                List.of("When the person is calm"),
                                2,
                                null,
                                null)
                        .withInterviewer(model)
                        .toJson());
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();

        Selenide.open("/take/" + study.publicCode());
        $("#vc-consent-agree").click();
        $("#vc-interview").shouldBe(visible);
        $("#vc-interview-greeting").shouldHave(text("Think of a real choice"));
        $("#vc-interview-message textarea").setValue("My aunt asked me whether her tests were bad. I told her.");
        $("#vc-interview-send").click();
        $("#vc-interview-log").shouldHave(text("what did you pay attention to?"));
        $("#vc-interview-message textarea").setValue("Please propose a card");
        $("#vc-interview-send").click();
        $("#vc-card-title input").shouldHave(value("Truth at their pace"));
        $("#vc-interview-log").shouldHave(text("Here is a card for you"));
        $("#vc-interview-log").shouldNotHave(text("\"card\"")); // the JSON fills the form, not the chat
        $("#vc-interview-status").shouldHave(text("in the form below"));
        $("#vc-card-policies textarea")
                .shouldHave(value("What they already know\nWhat they can bear today\nWho is" + " with them"));
        Screenshots.desktopAndPhone("values-card-interview");
        $("#vc-card-title input").setValue("Truth at her pace");
        $("#vc-card-save").click();
        $("#vc-done").shouldBe(visible); // the first card has no peers to vote on

        var cards = logins.asResult(researcher, () -> transcripts.list(study.id()));
        assertThat(cards).hasSize(1);
        assertThat(cards.getFirst().card().title()).isEqualTo("Truth at her pace");
        assertThat(cards.getFirst().transcript()).hasSize(4);

        Selenide.closeWebDriver();
        Selenide.open("/");
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + study.id() + "/vc-cards");
        $("#vc-cards-summary").shouldHave(text("Cards: 1; written with the interviewer: 1."));
        long id = cards.getFirst().card().id();
        $("#vc-card-" + id + "-interview").click();
        $("#vc-card-" + id + "-interview").shouldHave(attribute("opened"));
        $("#vc-card-" + id).shouldHave(text("My aunt asked me"));
        Screenshots.desktopAndPhoneWholePage("values-card-interviews");

        // the settings page shows the chosen interviewer by name
        Selenide.open("/studies/" + study.id() + "/vc-settings");
        $("#vc-set-interviewer").shouldHave(text("Interviewer "));
    }
}
