package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.condition.ConditionImplications;
import org.moralbase.condition.ConditionInput;
import org.moralbase.condition.StudyConditions;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunSummary;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.client.ProviderJson;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.moralmachine.MoralMachineExport;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.Participants;
import org.moralbase.moralmachine.comparison.PolicyConsistency;
import org.moralbase.moralmachine.comparison.PolicyConsistencyService;
import org.moralbase.participation.ParticipantsExport;
import org.moralbase.security.TestLogins;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policy consistency of a Moral Machine study with stated-policy conditions (issue 15): people's shares equal the
 * counts read straight off the SharedResponses export of each condition's participants, and a model asked every
 * condition (a WireMock server that always answers "Case 1") gives complementary shares where two conditions mark
 * opposite levels of one attribute. In Chromium, the results page's Compare conditions shows the chart and each model's
 * AMCEs per condition, on a desktop and on a phone.
 */
class PolicyConsistencyBrowserIT extends BrowserTest {

    static WireMockServer server;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    StudyConditions conditions;

    @Autowired
    ConditionImplications implications;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Autowired
    ParticipantsExport participantsExport;

    @Autowired
    MoralMachineExport export;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    RunExecutor executor;

    @Autowired
    PolicyConsistencyService consistency;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/case1/v1/chat/completions"))
                .willReturn(okJson(ProviderJson.openAi("Case 1", "stop", 40, 2))));
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
    void peopleAndModelsShareOfScenariosSparingTheLevelEachPolicyImplies() throws Exception {
        String researcher = logins.createUser("mmpolicy", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Policies on the road", MoralMachineKind.ID).id();
        conditions.replace(
                id,
                List.of(
                        new ConditionInput("many", "Spare the many", "Spare as many as you can.", "Spare the many."),
                        new ConditionInput("few", "Spare the few", "Spare the fewest.", "Spare the few.")));
        String marks = "item,condition,implied\nNo. Characters,many,B\nIntervention,many,B\nNo. Characters,few,A\n"
                + "Courage,few,A\n";
        assertThat(implications.importMarks(id, DatasetSource.ofText("marks.csv", marks)))
                .isEqualTo(4);
        studies.setStatus(id, StudyStatus.OPEN);
        var study = publicStudies.byId(id).orElseThrow();
        logins.signOut();
        participants.take(study, 0, 10, 700);

        logins.signIn(researcher);
        ModelSummary model =
                registry.create(ScriptedModels.at(server.baseUrl() + "/case1/v1", "Case one " + System.nanoTime()));
        runs.start(new RunRequest(model.id(), id, 1, 4, 11L, false, Map.of("scenarios", "60")), "mm-policy");
        for (RunSummary r :
                runs.list(0, 50).stream().filter(r -> r.modelId() == model.id()).toList()) {
            assertThat(executor.awaitEnd(r.id(), Duration.ofMinutes(2))).isTrue();
        }

        PolicyConsistency read = consistency.read(id);
        assertThat(read.ignoredMarks()).containsExactly("Courage");
        assertThat(read.marked())
                .extracting(
                        PolicyConsistency.Marked::condition, m -> m.attribute(), PolicyConsistency.Marked::impliedLevel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("many", AmceAttribute.INTERVENTION, 1),
                        org.assertj.core.groups.Tuple.tuple("many", AmceAttribute.NO_CHARACTERS, 1),
                        org.assertj.core.groups.Tuple.tuple("few", AmceAttribute.NO_CHARACTERS, 0));

        // people: the export's rows of each condition's participants, counted by their columns
        Map<String, String> conditionOf = new HashMap<>();
        ByteArrayOutputStream people = new ByteArrayOutputStream();
        participantsExport.write(id, people);
        for (CSVRecord r : parse(people)) {
            conditionOf.put(r.get("participant"), r.get("condition"));
        }
        ByteArrayOutputStream shared = new ByteArrayOutputStream();
        export.writeSharedResponses(id, shared);
        Map<String, int[]> more = new HashMap<>(); // condition → {rows at More, spared}
        Map<String, int[]> less = new HashMap<>();
        for (CSVRecord r : parse(shared)) {
            if (r.get("ScenarioTypeStrict").equals("Utilitarian")
                    && r.get("ScenarioType").equals("Utilitarian")) {
                String c = conditionOf.get(r.get("UserID"));
                int[] cell = (r.get("AttributeLevel").equals("More") ? more : less).computeIfAbsent(c, k -> new int[2]);
                cell[0]++;
                cell[1] += r.get("Saved").equals("1") ? 1 : 0;
            }
        }
        PolicyConsistency.Marked manyChars = read.marked().get(1);
        PolicyConsistency.Marked fewChars = read.marked().get(2);
        assertThat(manyChars.people())
                .extracting(Proportion::trials, Proportion::successes)
                .containsExactly(more.get("many")[0], more.get("many")[1]);
        assertThat(fewChars.people())
                .extracting(Proportion::trials, Proportion::successes)
                .containsExactly(less.get("few")[0], less.get("few")[1]);
        assertThat(more.get("many")[0]).isPositive();

        // the model: the same scenarios (one seed) and the same answers under both conditions, so sparing the many
        // under one and the few under the other add up to every Utilitarian scenario
        Proportion modelMany = manyChars.models().get(model.name());
        Proportion modelFew = fewChars.models().get(model.name());
        assertThat(modelMany.trials()).isEqualTo(modelFew.trials()).isPositive();
        assertThat(modelMany.successes() + modelFew.successes()).isEqualTo(modelMany.trials());
        assertThat(read.modelAmces().get(model.name())).containsOnlyKeys("many", "few");
        assertThat(read.modelAmces().get(model.name()).get("many").vector())
                .containsExactly(read.modelAmces().get(model.name()).get("few").vector());
        logins.signOut();

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + id + "/results");
        $("#mm-compare-conditions").scrollIntoView("{block: 'center'}").click();
        $("#mm-amce-by-condition").shouldBe(visible);
        $("#mm-consistency-chart").shouldBe(visible).shouldHave(text("No. Characters: more characters"));
        $("#mm-ignored-marks").shouldHave(text("Courage"));
        $("#mm-amce-conditions").shouldHave(text("AMCEs of " + model.name() + " per condition"));
        $("#mm-consistency-chart").scrollIntoView("{block: 'start'}");
        Screenshots.desktopAndPhone("mm-policy-consistency");
    }

    private static List<CSVRecord> parse(ByteArrayOutputStream out) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
    }
}
