package org.moralbase.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab speaking Vaadin Flow's client protocol, as captured from headless Chromium (see
 * docs/benchmarks.md): the page, {@code ?v-r=init} (creates the UI: uiId, security key, syncId, clientId), the
 * {@code ui-navigate} event, then {@code ?v-r=uidl} requests with event RPCs. Elements are found by their
 * {@code id} attribute in the returned state-tree changes. Not thread-safe: one per virtual participant.
 */
final class UidlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // what Chromium sends with a button click (ClickEvent's @EventData)
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":0,\"event.clientY\":0,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":0,\"event.screenX\":0}";

    // browser details the init request carries (Flow.ts collectBrowserDetails)
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1900&v-bh=960&v-bw=1900&v-tzo=0"
            + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ws=false";

    private final HttpClient http;
    private final String base;
    private final Map<String, Integer> nodeById = new HashMap<>();
    // the browser's cookie jar: the servlet session and, behind HAProxy, the balancer's MB_NODE
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private String csrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private String lastBody;
    private String lastBodyText = "";
    private double lastQueueMs = -1;
    private double lastSaveMs = -1;
    // pictures the pages named, fetched as a browser would, once each (its cache keeps them: they never change)
    private static final java.util.regex.Pattern PICTURE =
            java.util.regex.Pattern.compile("/pictures/[^\"\\\\]+\\.svg");
    private final java.util.Set<String> pictures = new java.util.HashSet<>();
    private final List<String> picturesToFetch = new ArrayList<>();

    UidlClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /**
     * Opens a participant link like a browser: the page, the UI init, and the navigation event. Opening again is a
     * reload: the cookies stay (as in a browser), the UI state is forgotten.
     */
    void open(String pathAndQuery) throws IOException, InterruptedException {
        nodeById.clear();
        syncId = 0;
        clientId = 0;
        lastBodyText = "";
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
        ok(page, "page");
        if (cookies.isEmpty()) {
            throw new IllegalStateException("no session cookie");
        }
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                        + enc(path.substring(1)) + "&query=" + enc(query) + BROWSER + "&v-curdate="
                        + System.currentTimeMillis()))
                .GET());
        ok(init, "init");
        JsonNode app = JSON.readTree(init.body()).path("appConfig");
        uiId = app.path("v-uiId").asInt();
        JsonNode uidl = app.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        absorb(uidl);
        rpc(event(
                1,
                "ui-navigate",
                "{\"route\":" + quote(path) + ",\"query\":" + quote(query)
                        + ",\"appShellTitle\":\"Moralbase\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}"));
    }

    /** The node of the element with this id in the current UI, or -1. */
    int node(String elementId) {
        return nodeById.getOrDefault(elementId, -1);
    }

    /** A click event RPC for a node, as the browser sends it to a Button's click listener. */
    static String click(int node) {
        return event(node, "click", CLICK_DATA);
    }

    /**
     * A click on a scenario's picture or button: the browser sends the position the page showed at that moment
     * (ScenarioStep.SHOWN_POSITION), so a click meant for an earlier scenario is ignored.
     */
    static String choiceClick(int node, int shownPosition) {
        return event(
                node,
                "click",
                "{\"document.getElementById('scenario-step')?.dataset.position\":\"" + shownPosition + "\"}");
    }

    /** Sends one UIDL request with these RPCs (several = one browser task, e.g. a double click). */
    void rpc(String... rpcs) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":" + quote(csrf) + ",\"rpc\":[" + String.join(",", rpcs) + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        lastBody = body;
        post(body);
    }

    /** Sends the last request again unchanged, as a browser retrying after a lost response would. */
    void replayLast() throws IOException, InterruptedException {
        post(lastBody);
    }

    /** The app's Server-Timing of the last response: ms from the click's arrival to its answer's commit, or -1. */
    double lastSaveMs() {
        return lastSaveMs;
    }

    /** The app's Server-Timing of the last response: ms the click waited for its turn, or -1. */
    double lastQueueMs() {
        return lastQueueMs;
    }

    private static double timing(String metric, String header) {
        for (String part : header.split(",")) {
            String p = part.trim();
            if (p.startsWith(metric + ";dur=")) {
                return Double.parseDouble(p.substring(metric.length() + 5));
            }
        }
        return -1;
    }

    /** The scenario number the last response shows ("Scenario k of"), or -1. */
    int shownScenario() {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("Scenario (\\d+) of ").matcher(lastBodyText);
        int k = -1;
        while (m.find()) {
            k = Integer.parseInt(m.group(1));
        }
        return k;
    }

    /** The text of the last response (for checks). */
    String lastResponse() {
        return lastBodyText;
    }

    private void post(String body) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        ok(r, "uidl");
        lastBodyText = r.body();
        notePictures(r.body());
        String timing = r.headers().firstValue("server-timing").orElse("");
        lastQueueMs = timing("queue", timing);
        lastSaveMs = timing("save", timing);
        JsonNode json = JSON.readTree(r.body());
        if (json.has("meta")
                && (json.path("meta").has("appError") || json.path("meta").has("sessionExpired"))) {
            throw new IllegalStateException("server error: " + json.path("meta"));
        }
        absorb(json);
    }

    private void notePictures(String body) {
        java.util.regex.Matcher m = PICTURE.matcher(body);
        while (m.find()) {
            if (pictures.add(m.group())) {
                picturesToFetch.add(m.group());
            }
        }
    }

    /** Fetches the pictures the last responses named and the browser does not have yet; returns how many. */
    int fetchPictures() throws IOException, InterruptedException {
        List<String> now = List.copyOf(picturesToFetch);
        picturesToFetch.clear();
        for (String path : now) {
            HttpResponse<String> r =
                    send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            ok(r, "picture " + path);
        }
        return now.size();
    }

    private void absorb(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        List<Integer> detached = new ArrayList<>();
        for (JsonNode change : uidl.path("changes")) {
            String type = change.path("type").asString();
            if (type.equals("detach")) {
                detached.add(change.path("node").asInt());
            } else if (type.equals("put")
                    && change.path("feat").asInt() == 3
                    && "id".equals(change.path("key").asString())) {
                nodeById.put(
                        change.path("value").asString(), change.path("node").asInt());
            }
        }
        nodeById.values().removeIf(detached::contains);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Accept-Language", "en-US,en;q=0.9");
        // a request to a node that is gone or stuck on its database fails here, as a browser's would
        request.timeout(java.time.Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) ->
                    c.append(c.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", c.toString());
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : r.headers().allValues("set-cookie")) {
            int eq = set.indexOf('=');
            int end = set.indexOf(';');
            if (eq > 0) {
                cookies.put(set.substring(0, eq).trim(), set.substring(eq + 1, end < 0 ? set.length() : end));
            }
        }
        return r;
    }

    private static void ok(HttpResponse<String> r, String what) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(what + " HTTP " + r.statusCode());
        }
    }

    private static String event(int node, String name, String data) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + name + "\",\"data\":" + data + "}";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String s) {
        return JSON.writeValueAsString(s);
    }
}
