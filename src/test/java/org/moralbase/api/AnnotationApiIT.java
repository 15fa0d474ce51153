package org.moralbase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Annotation projects over the REST API (issue 13): a researcher's script makes a project, adds a question, invites an
 * annotator and imports items (a bad file's lines named, nothing stored); the annotator's script takes the next item
 * and judges it; the researcher exports the judgement. Another researcher and the wrong role get 404 and 403.
 */
class AnnotationApiIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @Test
    void aResearcherSetsUpAProjectAnAnnotatorJudgesByScriptAndTheJudgementIsExported() throws Exception {
        ApiClient api = new ApiClient(port);
        String researcher = api.token(logins.createUser("aria", Roles.RESEARCHER), TestLogins.PASSWORD);
        String annotatorName = logins.createUser("abel", Roles.ANNOTATOR);
        String annotator = api.token(annotatorName, TestLogins.PASSWORD);
        String stranger = api.token(logins.createUser("sten", Roles.RESEARCHER), TestLogins.PASSWORD);

        HttpResponse<String> made =
                api.post(researcher, "/api/v1/annotation/projects", "{\"title\":\"Scripted\",\"template\":\"BLANK\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long id = ApiClient.json(made).get("id").asLong();
        String project = "/api/v1/annotation/projects/" + id;

        HttpResponse<String> badQuestion = api.post(
                researcher,
                project + "/questions",
                "{\"question\":{\"code\":\"Pick!\",\"kind\":\"SINGLE_CHOICE\",\"prompt\":\"Which?\","
                        + "\"allowUnsure\":false,\"screenOut\":false}}");
        assertThat(badQuestion.statusCode()).isEqualTo(400);
        assertThat(badQuestion.body()).contains("Code: lower-case letters");
        HttpResponse<String> question = api.post(
                researcher,
                project + "/questions",
                "{\"question\":{\"code\":\"pick\",\"kind\":\"SINGLE_CHOICE\",\"prompt\":\"Which is kinder?\","
                        + "\"options\":[\"A\",\"B\"],\"allowUnsure\":false,\"screenOut\":false},\"comprehension\":false}");
        assertThat(question.statusCode()).as(question.body()).isEqualTo(200);
        assertThat(api.post(researcher, project + "/members", "{\"username\":\"nobody-here\"}")
                        .body())
                .contains("Invite: no user named 'nobody-here'");
        HttpResponse<String> invited =
                api.post(researcher, project + "/members", "{\"username\":\"" + annotatorName + "\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        assertThat(invited.body()).contains(annotatorName);

        HttpResponse<String> bad = api.upload(
                researcher,
                project + "/items",
                "file",
                "items.csv",
                "id,context,option_a,option_b\nitem1,A wallet.,,Keep it\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("line 2");
        assertThat(ApiClient.json(api.get(researcher, project)).get("items").asLong())
                .isZero();
        HttpResponse<String> items = api.upload(
                researcher,
                project + "/items",
                "file",
                "items.csv",
                "id,context,option_a,option_b\nitem1,A wallet.,Hand it in,Keep it\nitem2,A friend.,Help,No\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(items.statusCode()).as(items.body()).isEqualTo(200);
        assertThat(ApiClient.json(items).get("items").asInt()).isEqualTo(2);

        assertThat(api.get(stranger, project).statusCode()).isEqualTo(404);
        assertThat(api.get(stranger, project + "/exports/judgements").statusCode())
                .isEqualTo(404);
        assertThat(api.get(annotator, "/api/v1/annotation/projects").statusCode())
                .isEqualTo(403);
        assertThat(api.get(researcher, "/api/v1/annotation/work").statusCode()).isEqualTo(403);

        JsonNode mine = ApiClient.json(api.get(annotator, "/api/v1/annotation/work"));
        assertThat(mine.toString()).contains("Scripted");
        HttpResponse<String> next = api.get(annotator, "/api/v1/annotation/work/" + id + "/next");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        JsonNode held = ApiClient.json(next);
        String itemKey = held.get("itemKey").asString();
        HttpResponse<String> wrong = api.post(
                annotator,
                "/api/v1/annotation/work/" + id + "/judgements",
                "{\"assignmentId\":" + held.get("assignmentId").asLong() + ",\"answers\":{\"pick\":\"C\"}}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        HttpResponse<String> judged = api.post(
                annotator,
                "/api/v1/annotation/work/" + id + "/judgements",
                "{\"assignmentId\":" + held.get("assignmentId").asLong() + ",\"answers\":{\"pick\":\"B\"}}");
        assertThat(judged.statusCode()).as(judged.body()).isEqualTo(204);
        assertThat(api.get(stranger, "/api/v1/annotation/work/" + id + "/next").statusCode())
                .isEqualTo(403);

        HttpResponse<String> csv = api.get(researcher, project + "/exports/judgements");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines())
                .anyMatch(l -> l.contains(itemKey) && l.contains(annotatorName) && l.contains("B"));
        assertThat(api.get(researcher, project + "/exports/nothing").statusCode())
                .isEqualTo(404);
        assertThat(ApiClient.json(api.get(researcher, project + "/quality")).has("agreement"))
                .isTrue();
    }
}
