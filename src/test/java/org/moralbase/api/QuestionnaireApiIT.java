package org.moralbase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A questionnaire through the REST API, as a script uses it: its item bank imported all-or-nothing (the bad line and
 * field named), its results as JSON before anyone answered (means not yet defined).
 */
class QuestionnaireApiIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void anItemBankImportsThroughTheApiAndTheResultsAreJson() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = api.token(logins.createUser("qapi", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Questionnaire via API", "QUESTIONNAIRE");
        String path = "/api/v1/studies/" + id + "/items";
        String header = "item_id,text,scale,subscale,reverse\n";

        HttpResponse<String> refused = api.upload(
                token,
                path,
                "file",
                "items.csv",
                (header + "a,Fine.,agree5,s,no\nb,Bad.,agree9,s,no\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = ApiClient.json(refused).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("field").asString()).isEqualTo("scale");

        HttpResponse<String> stored = api.upload(
                token,
                path,
                "file",
                "items.csv",
                (header + "a,Fine.,agree5,s,no\nb,Also fine.,1-7,s,yes\n").getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(ApiClient.json(stored).get("items").asInt()).isEqualTo(2); // the refused file left nothing

        HttpResponse<String> results = api.get(token, "/api/v1/studies/" + id + "/results");
        assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
        JsonNode report = ApiClient.json(results).get("results");
        assertThat(report.get("people").asInt()).isZero();
        assertThat(report.get("subscales").get(0).get("subscale").asString()).isEqualTo("s");
        assertThat(report.get("items").size()).isEqualTo(2);
    }
}
