package org.moralbase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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
 * Conditions over the REST API (decision 0028): a script sets a draft's conditions, a bad list is a problem naming the
 * condition and field, policy marks are uploaded with every bad line named, and another researcher sees nothing.
 */
class ConditionsApiIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aScriptSetsConditionsAndMarksAndEveryProblemIsNamed() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = api.token(logins.createUser("cora", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Policies by script", "CHOICE_PAIR");
        String path = "/api/v1/studies/" + id + "/conditions";

        HttpResponse<String> bad = put(
                api,
                token,
                path,
                "[{\"code\":\"utilitarian\",\"forModels\":\"Maximise welfare.\"},{\"code\":\"utilitarian\"}]");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("Condition 2, code: 'utilitarian' is already used");

        HttpResponse<String> set = put(
                api,
                token,
                path,
                "[{\"code\":\"utilitarian\",\"label\":\"Utilitarian\",\"forPeople\":\"Think of everyone.\","
                        + "\"forModels\":\"Maximise welfare.\"},{\"code\":\"control\",\"readLastLine\":true}]");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode listed = ApiClient.json(api.get(token, path));
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).get("code").asString()).isEqualTo("utilitarian");
        assertThat(listed.get(0).get("forModels").asString()).isEqualTo("Maximise welfare.");
        assertThat(listed.get(1).get("label").asString()).isEqualTo("control");
        assertThat(listed.get(0).get("readLastLine").asBoolean()).isFalse(); // left out: models answer at once
        assertThat(listed.get(1).get("readLastLine").asBoolean()).isTrue();

        HttpResponse<String> badMarks = api.upload(
                token,
                path + "/marks",
                "file",
                "marks.csv",
                "item,condition,implied\nk1,utilitarian,A\nk2,virtue,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(badMarks.statusCode()).as(badMarks.body()).isEqualTo(400);
        JsonNode problem = ApiClient.json(badMarks).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("field").asString()).isEqualTo("condition");
        assertThat(ApiClient.json(api.get(token, path + "/marks")).size()).isZero();
        HttpResponse<String> marks = api.upload(
                token,
                path + "/marks",
                "file",
                "marks.csv",
                "item,condition,implied\nk1,utilitarian,A\nk2,control,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(marks.statusCode()).as(marks.body()).isEqualTo(200);
        assertThat(ApiClient.json(marks).get("marks").asInt()).isEqualTo(2);

        String other = api.token(logins.createUser("otto", Roles.RESEARCHER), TestLogins.PASSWORD);
        assertThat(api.get(other, path).statusCode()).isEqualTo(404);
        assertThat(put(api, other, path, "[]").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> put(ApiClient api, String token, String path, String json) throws Exception {
        return api.send(api.request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
