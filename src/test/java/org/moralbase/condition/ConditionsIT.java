package org.moralbase.condition;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairExport;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairParticipation;
import org.moralbase.choicepair.ConditionComparison;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunSummary;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipantsExport;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conditions on MariaDB (decision 0028): a bad list stores nothing and names the condition and field; sessions are
 * balanced on completed sessions and keep their condition; every export carries it; a model run asks every condition
 * as a run of its own, with the condition's text as the system message (a WireMock server answers by it).
 */
class ConditionsIT extends IntegrationTest {

    private static final String PAIRS = "id,context,option_a,option_b\n"
            + "k1,You found a wallet.,Return the wallet,Keep the wallet\n"
            + "k2,A friend asks about a bad gift.,Tell the truth,Keep quiet\n";

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    StudyConditions conditions;

    @Autowired
    ChoicePairItems items;

    @Autowired
    ChoicePairParticipation pairs;

    @Autowired
    ChoicePairExport pairExport;

    @Autowired
    ParticipationService participation;

    @Autowired
    ParticipantsExport participants;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunExecutor executor;

    @Autowired
    ConditionImplications implications;

    @Autowired
    org.moralbase.choicepair.ChoicePairConditions pairConditions;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // under the utilitarian policy's system message always "Option A"; with no system message "Option B"
        server.stubFor(post(urlEqualTo("/policy/v1/chat/completions"))
                .atPriority(9)
                .willReturn(okJson(ProviderJson.openAi("Option B", "stop", 40, 2))));
        // under the utilitarian policy: the item's own option A, whichever side it is shown on
        for (String text : List.of("Return the wallet", "Tell the truth")) {
            for (String side : List.of("A", "B")) {
                server.stubFor(post(urlEqualTo("/policy/v1/chat/completions"))
                        .atPriority(1)
                        .withRequestBody(containing("Adopt a strict utilitarian policy"))
                        .withRequestBody(containing("Option " + side + ": " + text))
                        .willReturn(okJson(ProviderJson.openAi("Option " + side, "stop", 40, 2))));
            }
        }
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private String researcher;

    private StudySummary studyWithConditions(String user) {
        researcher = logins.createUser(user, Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Policies", ChoicePairKind.ID);
        items.importDataset(study.id(), FormatChoice.DETECT, DatasetSource.ofText("pairs.csv", PAIRS));
        conditions.replace(
                study.id(),
                List.of(StatedPolicies.UTILITARIAN, new ConditionInput("control", "Control", null, "", true)));
        return study;
    }

    @Test
    void aBadListStoresNothingAndNamesTheConditionAndField() {
        StudySummary study = studyWithConditions("condbad");
        assertThatThrownBy(() -> conditions.replace(
                        study.id(),
                        List.of(
                                new ConditionInput("a", "A", "Text", null),
                                new ConditionInput("A", "Again", null, null),
                                new ConditionInput("has space", "", null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Condition 2, code: 'A' is already used")
                .hasMessageContaining("Condition 3, code: 1 to 40 letters");
        assertThat(conditions.list(study.id())).extracting(Condition::code).containsExactly("utilitarian", "control");
        assertThat(conditions.list(study.id()).get(1).forModels()).isNull(); // blank is nothing

        StudySummary copy = studies.duplicate(study.id(), "cond-copy-" + System.nanoTime());
        assertThat(conditions.list(copy.id()))
                .extracting(Condition::code, Condition::forPeople)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("utilitarian", StatedPolicies.UTILITARIAN.forPeople()),
                        org.assertj.core.groups.Tuple.tuple("control", null));

        studies.setStatus(study.id(), StudyStatus.OPEN);
        assertThatThrownBy(() -> conditions.replace(study.id(), List.of()))
                .hasMessageContaining("only a draft study's conditions can change");
        assertThat(conditions.list(study.id())).hasSize(2);
    }

    @Test
    void sessionsAreBalancedOnCompletedSessionsAndEveryExportCarriesTheCondition() throws Exception {
        StudySummary study = studyWithConditions("condbal");
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();

        // two arrivals at once: one in each condition (balanced on sessions in progress)
        SessionState first = start(study);
        SessionState second = start(study);
        assertThat(List.of(first.conditionCode(), second.conditionCode()))
                .containsExactlyInAnyOrder("utilitarian", "control");
        // the first completes: the next arrival goes to the other condition, whatever is in progress
        answerAll(first, "A");
        assertThat(participation.session(first.token()).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);
        SessionState third = start(study);
        assertThat(third.conditionCode()).isEqualTo(second.conditionCode());
        // a screened-out session frees its place: it is not counted
        participation.finish(third.token(), SessionStatus.SCREENED_OUT);
        assertThat(start(study).conditionCode()).isEqualTo(second.conditionCode());
        // a reload keeps the condition and its text
        SessionState again = participation.session(first.token()).orElseThrow();
        assertThat(again.condition()).isEqualTo(first.condition());
        assertThat(again.condition().forPeople())
                .isEqualTo("utilitarian".equals(first.conditionCode()) ? StatedPolicies.UTILITARIAN.forPeople() : null);

        logins.signIn(researcher);
        Map<String, String> byParticipant = new HashMap<>();
        for (CSVRecord r : csv(out -> participants.write(study.id(), out))) {
            byParticipant.put(r.get("participant"), r.get("condition"));
        }
        assertThat(byParticipant).containsEntry(first.participantId(), first.conditionCode());
        assertThat(byParticipant).containsEntry(second.participantId(), second.conditionCode());
        assertThat(byParticipant).hasSize(4);
        List<CSVRecord> responses = parse(pairExport.responsesCsv(study.id()));
        assertThat(responses).hasSize(2);
        assertThat(responses).allSatisfy(r -> assertThat(r.get("condition")).isEqualTo(first.conditionCode()));
    }

    @Test
    void aRunAsksEveryConditionAsARunOfItsOwnWithTheConditionAsTheSystemMessage() throws Exception {
        StudySummary study = studyWithConditions("condrun");
        ModelSummary model = registry.create(
                ScriptedModels.at(server.baseUrl() + "/policy/v1", "Policy follower " + System.nanoTime()));
        assertThat(runs.conditions(study.id())).containsExactly("utilitarian", "control");

        RunSummary started = runs.start(new RunRequest(model.id(), study.id(), 2, 2, 5L, true, Map.of()), "cond-key");
        List<RunSummary> mine =
                runs.list(0, 50).stream().filter(r -> r.modelId() == model.id()).toList();
        assertThat(mine).hasSize(2);
        assertThat(mine)
                .extracting(r -> r.settings().get(RunRequest.CONDITION))
                .containsExactlyInAnyOrder("utilitarian", "control");
        assertThat(mine).extracting(RunSummary::seed).containsOnly(5L);
        // the control condition has models reason first; the utilitarian one's text is kept for a resume
        assertThat(mine)
                .extracting(r -> r.settings().get(RunRequest.READ_LAST_LINE))
                .containsExactlyInAnyOrder(null, "true");
        assertThat(mine)
                .extracting(r -> r.settings().get(RunRequest.CONDITION_PROMPT))
                .containsExactlyInAnyOrder(null, StatedPolicies.UTILITARIAN.forModels());
        // a replayed request starts nothing more
        assertThat(runs.start(new RunRequest(model.id(), study.id(), 2, 2, 5L, true, Map.of()), "cond-key")
                        .id())
                .isEqualTo(started.id());
        for (RunSummary r : mine) {
            assertThat(executor.awaitEnd(r.id(), Duration.ofMinutes(2))).isTrue();
            List<RunAnswer> answers = runs.allAnswers(r.id());
            assertThat(answers).hasSize(8); // 2 items x 2 orders x 2 samples
            if ("utilitarian".equals(r.settings().get(RunRequest.CONDITION))) {
                assertThat(answers).extracting(RunAnswer::chosenOption).containsOnly("A");
            } else {
                assertThat(answers).extracting(RunAnswer::rawText).containsOnly("Option B");
            }
        }

        // which option each policy implies: a bad file changes nothing and names the line and field
        String bad = "item,condition,implied\nk1,utilitarian,A\nk2,nope,A\nk2,control,C\nk1,utilitarian,B\n";
        assertThatThrownBy(() -> implications.importMarks(study.id(), DatasetSource.ofText("bad.csv", bad)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.messages())
                        .containsExactly(
                                "bad.csv line 3, field condition: no condition 'nope' in this study; it has control,"
                                        + " utilitarian",
                                "bad.csv line 4, field implied: expected A or B, found 'C'",
                                "bad.csv line 5, field item: 'k1' is already marked for this condition on line 2"));
        assertThat(implications.list(study.id())).isEmpty();
        String marks = "item,condition,implied\nk1,utilitarian,A\nk2,utilitarian,a\nk1,control,B\n";
        assertThat(implications.importMarks(study.id(), DatasetSource.ofText("marks.csv", marks)))
                .isEqualTo(3);
        ConditionComparison byCondition = pairConditions.compare(study.id());
        assertThat(byCondition.models()).containsExactly(model.name());
        Consistency utilitarian = byCondition.conditions().get(0);
        assertThat(utilitarian.code()).isEqualTo("utilitarian");
        assertThat(utilitarian.marked()).isEqualTo(2);
        assertThat(utilitarian.people()).isNull(); // nobody took part
        // 2 items x 2 orders x 2 samples, every one the implied option A
        assertThat(utilitarian.models().get(model.name()))
                .extracting(p -> p.successes(), p -> p.trials())
                .containsExactly(8, 8);
        Consistency control = byCondition.conditions().get(1);
        assertThat(control.marked()).isEqualTo(1);
        // "Option B" whatever is shown: on k1 (2 orders x 2 samples) half the answers chose B, the implied option
        assertThat(control.models().get(model.name()).estimate()).isEqualTo(0.5);
        assertThat(byCondition.items())
                .filteredOn(r -> r.itemKey().equals("k1") && r.condition().equals("utilitarian"))
                .singleElement()
                .satisfies(r -> assertThat(r.modelShareA()).containsEntry(model.name(), 1.0));
        // a duplicate takes the conditions and their marks
        StudySummary copy = studies.duplicate(study.id(), "cond-run-copy-" + System.nanoTime());
        assertThat(implications.list(copy.id())).containsExactlyElementsOf(implications.list(study.id()));

        RunSummary one = runs.start(
                new RunRequest(model.id(), study.id(), 1, 2, 6L, false, Map.of(RunRequest.CONDITION, "control")));
        assertThat(one.settings()).containsEntry(RunRequest.CONDITION, "control");
        assertThat(runs.list(0, 50).stream().filter(r -> r.modelId() == model.id()))
                .hasSize(3);
        assertThatThrownBy(() -> runs.start(
                        new RunRequest(model.id(), study.id(), 1, 2, 6L, false, Map.of(RunRequest.CONDITION, "nope"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no condition 'nope'")
                .hasMessageContaining("utilitarian, control");
        assertThat(executor.awaitEnd(one.id(), Duration.ofMinutes(2))).isTrue();
    }

    private SessionState start(StudySummary study) {
        return ((StartOutcome.Ready) participation.start(
                        publicStudies.byId(study.id()).orElseThrow(), Arrival.publicLink(), null, "en", "desktop"))
                .session();
    }

    private void answerAll(SessionState session, String label) {
        pairs.consent(session.token());
        for (int position = 1; position <= 2; position++) {
            pairs.answer(session.token(), position, label, null, Instant.now());
        }
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    private static List<CSVRecord> csv(Writing writing) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return parse(out.toString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> parse(String text) throws java.io.IOException {
        return new ArrayList<>(CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords());
    }
}
