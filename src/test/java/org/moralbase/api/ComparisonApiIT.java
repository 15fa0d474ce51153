package org.moralbase.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunRequest;
import org.moralbase.models.ScriptedModels;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.Participants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Models beside people over the REST API (issue 13): a Moral Machine study's finished run against its participants'
 * live AMCEs and against Awad 2018, as the Models vs humans page computes them, with the distance D; a wrong
 * baseline is a 400 naming it.
 */
class ComparisonApiIT extends IntegrationTest {

    static WireMockServer server;

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @BeforeAll
    static void startServer() {
        server = ScriptedModels.start(0);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void aMoralMachineRunIsComparedWithTheStudysPeopleAndWithAwad2018() throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = logins.createUser("cora", Roles.RESEARCHER);
        String token = api.token(owner, TestLogins.PASSWORD);
        logins.signIn(owner);
        long study = studies.create("Compared by script", MoralMachineKind.ID).id();
        studies.setStatus(study, StudyStatus.OPEN);
        String model = "Compared scripted " + System.nanoTime() % 100_000;
        long modelId =
                registry.create(ScriptedModels.spec(server, model, null, null)).id();
        long run = runs.start(new RunRequest(modelId, study, 1, 4, 11L, false, Map.of("scenarios", "120")))
                .id();
        logins.signOut();
        participants.take(publicStudies.byId(study).orElseThrow(), 0, 12, 3);
        assertThat(api.awaitRunFinished(token, run).get("finishedAt").isNull()).isFalse();

        HttpResponse<String> answer = api.get(token, "/api/v1/studies/" + study + "/comparison");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode comparison = ApiClient.json(answer).get("results");
        assertThat(comparison.get("baseline").get("label").asString()).startsWith("Compared by script");
        assertThat(comparison.get("baseline").get("estimates").size()).isEqualTo(9);
        JsonNode line = comparison.get("models").get(0);
        assertThat(line.get("runId").asLong()).isEqualTo(run);
        assertThat(line.get("profile").get("label").asString()).contains(model);
        assertThat(line.get("profile").get("estimates").size()).isEqualTo(9);
        assertThat(comparison.get("svg").asString()).startsWith("<svg");

        JsonNode published = ApiClient.json(
                        api.get(token, "/api/v1/studies/" + study + "/comparison?baseline=published&runs=" + run))
                .get("results");
        assertThat(published.get("baseline").get("label").asString()).startsWith("Awad 2018");
        assertThat(published.get("models").get(0).get("distance").isNull()).isFalse();

        HttpResponse<String> wrong = api.get(token, "/api/v1/studies/" + study + "/comparison?baseline=awad");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("baseline: 'study' (this study's participants) or 'published'");
    }
}
