package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
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
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.moralgraph.CardDraft;
import org.moralbase.moralgraph.TransitionPage;
import org.moralbase.moralgraph.TransitionStories;
import org.moralbase.moralgraph.ValuesCardImport;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.moralgraph.ValuesCardParticipation;
import org.moralbase.moralgraph.ValuesCardSettings;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The researcher's "Transitions and stories" page of a values-card study in Chromium (decision 0037): the planned
 * transitions are listed, a WireMock model writes their stories with a progress bar, the researcher edits one by
 * hand, and the participant's vote page shows the story above the vote. Screenshots on a desktop and a phone.
 */
class ValuesCardStoriesBrowserIT extends BrowserTest {

    private static final String GRAPH = "{\"values\": ["
            + "{\"id\": 1, \"title\": \"Informed autonomy\", \"description\": \"Help people choose.\","
            + " \"policies\": [\"What they know\", \"What they fear\", \"Who else is affected\"]},"
            + "{\"id\": 2, \"title\": \"Care\", \"description\": \"Look after them.\", \"policies\": [\"Their pain\"]},"
            + "{\"id\": 3, \"title\": \"Honesty\", \"description\": null, \"policies\": []}], \"edges\": []}";

    private static final String WRITTEN = "Ana used to decide for her father; one evening she asked him instead.";

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ValuesCardImport imports;

    @Autowired
    ValuesCardParticipation participation;

    @Autowired
    ParticipationService sessions;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    TransitionStories stories;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/story/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi(WRITTEN, "stop", 90, 20))));
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
    void aModelWritesTheStoriesTheResearcherEditsOneAndTheParticipantReadsItAboveTheVote() {
        String researcher = logins.createUser("vcstory", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Stories on the page", ValuesCardKind.ID);
        imports.importGraph(study.id(), DatasetSource.ofText("graph.json", GRAPH));
        String modelName = "Storyteller " + System.nanoTime() % 100_000;
        registry.create(ScriptedModels.at(server.baseUrl() + "/story/v1", modelName));
        studies.updateSettings(
                study.id(),
                new ValuesCardSettings("How should it answer?", List.of("calm", "crisis"), 2, null, null).toJson());
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();
        String token = ((StartOutcome.Ready) sessions.start(
                        publicStudies.byId(study.id()).orElseThrow(), Arrival.publicLink(), null, "en", "desktop"))
                .session()
                .token();
        participation.consent(token);
        participation.writeCard(token, new CardDraft("Mine", "My value.", List.of("a", "b", "c")), () -> {});

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        Selenide.open("/studies/" + study.id() + "/vc-transitions");
        $("#items-heading").shouldHave(text("Transitions and stories"));
        $("#vc-stories")
                .scrollIntoView("{block: 'center'}")
                .shouldHave(text("Informed autonomy"))
                .shouldHave(text("—")); // planned, no story yet
        $("#vc-story-save").shouldHave(attribute("disabled")); // nothing chosen

        $("#vc-story-model").scrollIntoView("{block: 'center'}").click();
        // the full suite registers many keyless models: the item may be far down the list
        $$("vaadin-select-item")
                .findBy(text(modelName))
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#vc-stories-write").scrollIntoView("{block: 'center'}").click();
        $("#vc-stories-result").shouldHave(text("2 stories written, 0 failed."));
        $("#vc-stories")
                .scrollIntoView("{block: 'center'}")
                .shouldHave(text(WRITTEN))
                .shouldHave(text("model: "));

        // the participant's first transition gets a story by hand
        TransitionPage first =
                participation.load(token).orElseThrow().transitions().getFirst();
        String label = logins.asResult(researcher, () -> stories.list(study.id())).stream()
                .filter(r -> r.from().id() == first.from().id()
                        && r.to().id() == first.to().id()
                        && r.context().equals(first.context()))
                .findFirst()
                .orElseThrow()
                .label();
        // rows may share a card: choose the cells of the card's column until the editor names this transition
        for (var cell : $$("#vc-stories vaadin-grid-cell-content")
                .filterBy(text("#" + first.to().id() + " " + first.to().title()))) {
            cell.scrollIntoView("{block: 'center'}").click();
            if ($("#vc-story-which").getText().equals("Story of " + label)) {
                break;
            }
        }
        $("#vc-story-which").shouldHave(text("Story of " + label));
        $("#vc-story-text textarea").setValue("Edited in the browser: Ana asks first.");
        $("#vc-story-save")
                .shouldNotHave(attribute("disabled"))
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#vc-stories").scrollIntoView("{block: 'center'}").shouldHave(text("Edited in the browser: Ana asks first."));
        Screenshots.desktopAndPhone("values-card-stories");

        List<String> shown = participation.load(token).orElseThrow().transitions().stream()
                .map(TransitionPage::story)
                .toList();
        assertThat(shown).contains("Edited in the browser: Ana asks first.", WRITTEN);

        Selenide.closeWebDriver();
        Selenide.open("/vc/" + token);
        $("#vc-story").shouldBe(visible).shouldHave(text("Edited in the browser: Ana asks first."));
        Screenshots.desktopAndPhone("values-card-story-vote");
    }
}
