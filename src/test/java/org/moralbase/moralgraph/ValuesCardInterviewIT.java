package org.moralbase.moralgraph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.models.KeySource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.OwnerModels;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.TestMasterKey;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.study.AskableItem;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interviewer and the transition stories of a values-card study (decision 0037) on MariaDB, with WireMock as the
 * registry model: a participant's chat proposes a card in the strict JSON shape, the participant edits and confirms
 * it, and the card is stored with its transcript and exported turn by turn; a malformed proposal and a model that
 * fails leave the chat going and the card to write alone. Stories are written by a model (a failure names its
 * transition), by the researcher and from a CSV, shown to participants and given to models asked the transitions.
 */
class ValuesCardInterviewIT extends IntegrationTest {

    static final String CARD_JSON = "{\"card\": {\"title\": \"Truth at their pace\", \"description\": \"Tell the"
            + " truth, at the pace the person can take it.\", \"policies\": [\"What they already know\","
            + " \"What they can bear today\", \"Who is with them\"]}}";

    private static final String GRAPH = "{\"values\": ["
            + "{\"id\": 1, \"title\": \"Informed autonomy\", \"description\": \"Help people choose.\","
            + " \"policies\": [\"What they know\", \"What they fear\", \"Who else is affected\"]},"
            + "{\"id\": 2, \"title\": \"Care\", \"description\": \"Look after them.\", \"policies\": [\"Their pain\"]},"
            + "{\"id\": 3, \"title\": \"Honesty\", \"description\": null, \"policies\": []}], \"edges\": []}";

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    CardInterview interview;

    @Autowired
    ValuesCardParticipation participation;

    @Autowired
    CardTranscripts transcripts;

    @Autowired
    TransitionStories stories;

    @Autowired
    OwnerModels ownerModels;

    @Autowired
    ValuesCardImport imports;

    @Autowired
    ValuesCardPrompts prompts;

    @Autowired
    ParticipationService sessions;

    @Autowired
    PublicStudies publicStudies;

    private String researcher;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/interviewer/v1/chat/completions"))
                .atPriority(5)
                .willReturn(okJson(ProviderJson.openAi(
                        "Thank you. What did you pay attention to when you chose?", "stop", 80, 12))));
        server.stubFor(post(urlEqualTo("/interviewer/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(containing("Participant: card please"))
                .willReturn(okJson(ProviderJson.openAi(
                        "Here is a card; change anything.\n```json\n" + CARD_JSON + "\n```", "stop", 90, 60))));
        server.stubFor(post(urlEqualTo("/interviewer/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(containing("Participant: broken please"))
                .willReturn(okJson(ProviderJson.openAi(
                        "A card: {\"card\": {\"title\": \"Half\", \"policies\": [\"one\",", "length", 90, 60))));
        server.stubFor(post(urlEqualTo("/refusing/v1/chat/completions"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"bad request\"}}")));
        server.stubFor(post(urlEqualTo("/story/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi(
                        "Ana used to decide for her father; one evening she asked him instead.", "stop", 90, 20))));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private StudySummary study(String title, String modelPath, boolean withGraph) {
        researcher = logins.createUser("vci", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create(title, ValuesCardKind.ID);
        if (withGraph) {
            imports.importGraph(study.id(), DatasetSource.ofText("graph.json", GRAPH));
        }
        Long model = modelPath == null ? null : model(modelPath);
        studies.updateSettings(
                study.id(),
                new ValuesCardSettings("How should it answer?", List.of("calm", "crisis"), 2, null, null)
                        .withInterviewer(model)
                        .toJson());
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();
        return study;
    }

    private long model(String path) {
        return registry.create(ScriptedModels.at(server.baseUrl() + path, "Interviewer " + System.nanoTime()))
                .id();
    }

    @Test
    void aChatProposesACardTheParticipantConfirmsAndTheTranscriptIsStoredAndExported() throws Exception {
        StudySummary study = study("Interviewed", "/interviewer/v1", false);
        String token = start(study, "es");
        participation.consent(token);

        List<InterviewTurn> turns = new ArrayList<>();
        InterviewReply first = interview.send(token, turns, "Le dije a mi tía la verdad sobre su diagnóstico.");
        assertThat(first.answered()).isTrue();
        assertThat(first.proposal()).isEmpty();
        assertThat(first.shown()).isEqualTo("Thank you. What did you pay attention to when you chose?");
        turns.addAll(first.turns());
        server.verify(postRequestedFor(urlEqualTo("/interviewer/v1/chat/completions"))
                .withRequestBody(containing("Speak Spanish only"))
                .withRequestBody(containing("How should it answer?")));

        InterviewReply second = interview.send(token, turns, "card please");
        turns.addAll(second.turns());
        assertThat(second.shown()).isEqualTo("Here is a card; change anything.");
        CardDraft proposed = second.proposal().orElseThrow();
        assertThat(proposed.title()).isEqualTo("Truth at their pace");
        assertThat(proposed.policies()).hasSize(3);
        assertThat(participation.load(token).orElseThrow().card()).isEmpty(); // a proposal is not a card

        CardDraft confirmed = new CardDraft("Truth at her pace", proposed.description(), proposed.policies()); // edited
        assertThat(participation.writeCard(token, confirmed, turns, () -> {}).status())
                .isEqualTo(AnswerReceipt.Status.STORED);
        assertThat(participation.writeCard(token, confirmed, turns, () -> {}).status())
                .isNotEqualTo(AnswerReceipt.Status.STORED); // a replay stores nothing again

        logins.signIn(researcher);
        List<CardTranscripts.CardWithTranscript> cards = transcripts.list(study.id());
        assertThat(cards).hasSize(1);
        assertThat(cards.getFirst().card().title()).isEqualTo("Truth at her pace");
        assertThat(cards.getFirst().transcript())
                .extracting(InterviewTurn::role)
                .containsExactly("participant", "interviewer", "participant", "interviewer");
        assertThat(cards.getFirst().transcript().get(3).text()).contains(CARD_JSON); // the model's words as sent
        List<String> csv = transcripts.csv(study.id()).lines().toList();
        assertThat(csv.getFirst()).isEqualTo("card_id,participant,turn,role,text,said_at");
        long cardId = cards.getFirst().card().id();
        assertThat(String.join("\n", csv))
                .contains(cardId + "," + cards.getFirst().participant() + ",1,participant,"
                        + "Le dije a mi tía la verdad sobre su diagnóstico.,")
                .contains(",3,participant,card please,");
    }

    @Test
    void aMalformedProposalOrAFailingModelLeavesTheChatGoingAndTheFormToTheParticipant() {
        StudySummary study = study("Malformed", "/interviewer/v1", false);
        String token = start(study, "en");
        participation.consent(token);
        InterviewReply broken = interview.send(token, List.of(), "broken please");
        assertThat(broken.answered()).isTrue();
        assertThat(broken.unreadable()).isTrue();
        assertThat(broken.proposal()).isEmpty();
        assertThat(broken.shown()).isEqualTo("A card:");
        assertThat(broken.turns()).hasSize(2); // kept in the transcript; the chat goes on
        InterviewReply next = interview.send(token, broken.turns(), "Shall we go on?");
        assertThat(next.answered()).isTrue();

        assertThatThrownBy(() -> interview.send(token, List.of(), "x".repeat(CardInterview.MAX_MESSAGE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000 characters");
        List<InterviewTurn> many = new ArrayList<>();
        for (int i = 0; i < CardInterview.MAX_MESSAGES; i++) {
            many.add(new InterviewTurn(InterviewTurn.PARTICIPANT, "m" + i, java.time.Instant.now()));
        }
        assertThatThrownBy(() -> interview.send(token, many, "one more"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 12 messages");

        StudySummary down = study("Refusing", "/refusing/v1", false);
        String other = start(down, "zh");
        participation.consent(other);
        InterviewReply failed = interview.send(other, List.of(), "你好");
        assertThat(failed.answered()).isFalse();
        assertThat(failed.failure()).contains("did not answer").contains("HTTP 400");
        assertThat(failed.turns()).extracting(InterviewTurn::role).containsExactly("participant");
        // the participant writes the card alone
        assertThat(participation
                        .writeCard(other, new CardDraft("Alone", "Written alone.", List.of("a", "b", "c")), () -> {})
                        .status())
                .isEqualTo(AnswerReceipt.Status.STORED);
    }

    @Test
    void storiesAreWrittenByAModelByTheResearcherAndFromACsvAndShownToParticipantsAndModels() {
        StudySummary study = study("Stories", null, true);
        String token = start(study, "en");
        participation.consent(token);
        participation.writeCard(token, new CardDraft("Mine", "My value.", List.of("a", "b", "c")), () -> {});
        List<TransitionPage> planned = participation.load(token).orElseThrow().transitions();
        assertThat(planned).hasSize(2).allMatch(t -> t.story() == null);

        logins.signIn(researcher);
        List<TransitionStories.StoryRow> rows = stories.list(study.id());
        assertThat(rows).hasSize(2);
        long refusing = model("/refusing/v1");
        List<int[]> steps = new ArrayList<>();
        TransitionStories.Written failed =
                stories.writeWithModel(study.id(), refusing, (n, total) -> steps.add(new int[] {n, total}));
        assertThat(failed.written()).isZero();
        assertThat(failed.failures()).hasSize(2);
        TransitionStories.StoryRow first = rows.getFirst();
        assertThat(failed.failures().getFirst())
                .startsWith("card " + first.from().id() + " → card "
                        + first.to().id() + " in “" + first.context() + "”: the model did not answer");
        assertThat(steps).extracting(s -> s[0] + "/" + s[1]).containsExactly("1/2", "2/2");

        TransitionStories.Written done = stories.writeWithModel(study.id(), model("/story/v1"), (n, total) -> {});
        assertThat(done.written()).isEqualTo(2);
        assertThat(stories.list(study.id()))
                .allMatch(r -> r.story().startsWith("Ana used to decide")
                        && r.writtenBy().startsWith("model: "));
        server.verify(postRequestedFor(urlEqualTo("/story/v1/chat/completions"))
                .withRequestBody(containing("Value X: " + first.from().title())));

        stories.write(study.id(), first.from().id(), first.to().id(), first.context(), "Edited by hand.");
        assertThatThrownBy(() ->
                        stories.write(study.id(), first.from().id(), first.to().id(), "nowhere", "S"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Context: 'nowhere' is not one of the study's contexts");
        String bad = "from_id,to_id,context,story\n" + first.from().id() + ",99999999,calm,S\n"
                + first.from().id() + "," + first.to().id() + ",nowhere,S\n";
        assertThatThrownBy(() -> stories.importCsv(study.id(), DatasetSource.ofText("stories.csv", bad)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).messages())
                        .hasSize(2)
                        .anyMatch(m -> m.contains("line 2") && m.contains("to_id"))
                        .anyMatch(m -> m.contains("line 3") && m.contains("context")));
        TransitionStories.StoryRow second = rows.get(1);
        String good = "from_id,to_id,context,story\n" + second.from().id() + ","
                + second.to().id() + "," + second.context() + ",\"From the CSV, with a comma.\"\n";
        assertThat(stories.importCsv(study.id(), DatasetSource.ofText("stories.csv", good)))
                .isEqualTo(1);
        List<AskableItem> asked = prompts.items(study.id(), Map.of(), 1L);
        assertThat(asked).anyMatch(i -> i.asWritten().contains("Story: Edited by hand.\n\nIs moving from value X"));
        assertThat(asked).anyMatch(i -> i.asWritten().contains("Story: From the CSV, with a comma."));
        logins.signOut();

        List<TransitionPage> shown = participation.load(token).orElseThrow().transitions();
        for (TransitionPage t : shown) {
            boolean isFirst = t.from().id() == first.from().id()
                    && t.to().id() == first.to().id()
                    && t.context().equals(first.context());
            assertThat(t.story()).isEqualTo(isFirst ? "Edited by hand." : "From the CSV, with a comma.");
        }
    }

    @Test
    void theInterviewerAndStoryPickersOfferOnlyWhatTheStudysOwnerSeesAndAnUnsharedModelIsNotAsked() {
        String colleague = logins.createUser("vco", Roles.RESEARCHER);
        logins.signIn(colleague);
        long theirs = model("/story/v1"); // keyless, the colleague's, not shared
        boolean masterKeySetHere = TestMasterKey.setIfMissing();
        long keyed;
        try {
            keyed = registry.create(ScriptedModels.spec(
                            server, "Keyed " + System.nanoTime(), 1.0, null, KeySource.STORED, null, "sk-colleague-01"))
                    .id();
        } finally {
            TestMasterKey.clear(masterKeySetHere);
        }
        logins.signOut();
        StudySummary study = study("Pickers", null, true); // the study's owner is `researcher`
        String token = start(study, "en");
        participation.consent(token);
        participation.writeCard(token, new CardDraft("Mine", "My value.", List.of("a", "b", "c")), () -> {});
        logins.signIn(researcher);
        long own = model("/story/v1");
        assertThat(ownerModels.usableBy(study.ownerId()))
                .extracting(OwnerModels.Choice::id)
                .contains(own)
                .doesNotContain(theirs, keyed);
        assertThat(ownerModels.ask(theirs, study.ownerId(), "system", "user").failure())
                .isEqualTo("the model is not shared with the study's owner");
        assertThatThrownBy(() -> stories.writeWithModel(study.id(), theirs, (n, total) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Model: choose one of the study owner's models");
        logins.signOut();

        logins.signIn(colleague);
        registry.share(theirs, researcher);
        registry.share(keyed, researcher);
        logins.signOut();
        logins.signIn(researcher);
        assertThat(ownerModels.usableBy(study.ownerId()))
                .extracting(OwnerModels.Choice::id)
                .contains(own, theirs)
                .doesNotContain(keyed); // seen, but its key serves its owner's work only
        assertThat(ownerModels.ask(keyed, study.ownerId(), "system", "user").failure())
                .endsWith("'s API key belongs to another researcher");
        assertThat(stories.writeWithModel(study.id(), theirs, (n, total) -> {}).written())
                .isEqualTo(2);
    }

    private String start(StudySummary study, String language) {
        return ((StartOutcome.Ready) sessions.start(
                        publicStudies.byId(study.id()).orElseThrow(), Arrival.publicLink(), null, language, "desktop"))
                .session()
                .token();
    }
}
