package org.moralbase.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: calls the running app's REST API over real HTTP, as a script would. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST /api/v1/tokens with HTTP Basic. */
    public HttpResponse<String> makeToken(String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/tokens")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"notebook\",\"days\":7}")));
    }

    /** A fresh token of the account, or an assertion error. */
    public String token(String username, String password) throws Exception {
        HttpResponse<String> made = makeToken(username, password);
        if (made.statusCode() != 201) {
            throw new AssertionError("no token for " + username + ": " + made.statusCode() + " " + made.body());
        }
        return json(made).get("token").asString();
    }

    public HttpResponse<String> get(String token, String path) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    public HttpResponse<String> post(String token, String path, String json) throws Exception {
        return send(request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Creates a study with the token and returns its id. */
    public long study(String token, String title, String kind) throws Exception {
        HttpResponse<String> created =
                post(token, "/api/v1/studies", "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("no study: " + created.statusCode() + " " + created.body());
        }
        return json(created).get("id").asLong();
    }

    /** A multipart/form-data POST of one file part. */
    public HttpResponse<String> upload(String token, String path, String part, String fileName, byte[] content)
            throws Exception {
        String boundary = "----moralbase-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The run as GET /api/v1/runs/{id} gives it, once it has finished (or after a minute, as it then is). */
    public JsonNode awaitRunFinished(String token, long run) throws Exception {
        JsonNode progress = null;
        for (int i = 0; i < 300; i++) {
            progress = json(get(token, "/api/v1/runs/" + run));
            if (!progress.get("finishedAt").isNull()) {
                return progress;
            }
            Thread.sleep(200);
        }
        return progress;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
