package org.moralbase.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moralbase.models.client.ProviderJson;

/**
 * A WireMock transformer speaking the OpenAI chat API whose answer is a fixed function of the user prompt
 * ({@link #script}), so a test can compute the expected outcome of every scenario on its own. Some prompts
 * first get a 429 or a 500 and then answer; some always get a 400 that echoes the Authorization header (as
 * careless servers do), to prove keys are redacted.
 */
public final class ScriptedModel implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "scripted-model";

    /** What the scripted model does with one prompt. */
    public enum Fault {
        NONE,
        RATE_LIMITED_ONCE,
        SERVER_ERROR_ONCE,
        ALWAYS_BAD_REQUEST
    }

    /** The scripted reply: the raw text and the case a correct parser must read from it (0 = invalid). */
    public record Reply(String text, int expectedCase, Fault fault) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();

    public static Reply script(String userPrompt) {
        int h = userPrompt.hashCode();
        Fault fault =
                switch (Math.floorMod(h >> 8, 12)) {
                    case 0 -> Fault.RATE_LIMITED_ONCE;
                    case 1 -> Fault.SERVER_ERROR_ONCE;
                    case 2 -> Fault.ALWAYS_BAD_REQUEST;
                    default -> Fault.NONE;
                };
        return switch (Math.floorMod(h, 8)) {
            case 0, 1 -> new Reply("Case 1", 1, fault);
            case 2 -> new Reply("case 1.", 1, fault);
            case 3, 4 -> new Reply("Case 2", 2, fault);
            case 5 -> new Reply("<think>Case 1 saves more, but the law matters.</think>Case 2", 2, fault);
            case 6 -> new Reply("I'm sorry, but I can't choose who should die.", 0, fault);
            default -> new Reply("Case 1 or Case 2, both are tragic.", 0, fault);
        };
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String user;
        try {
            JsonNode messages =
                    JSON.readTree(event.getRequest().getBodyAsString()).get("messages");
            user = messages.get(messages.size() - 1).get("content").asText();
        } catch (Exception e) {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(422)
                    .withBody("unreadable")
                    .build();
        }
        Reply reply = script(user);
        int call = calls.merge(user, 1, Integer::sum);
        if (reply.fault() == Fault.RATE_LIMITED_ONCE && call == 1) {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(429)
                    .withHeader("Retry-After", "1")
                    .withBody("{\"error\":{\"message\":\"rate limited\"}}")
                    .build();
        }
        if (reply.fault() == Fault.SERVER_ERROR_ONCE && call == 1) {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(500)
                    .withBody("{\"error\":{\"message\":\"overloaded\"}}")
                    .build();
        }
        if (reply.fault() == Fault.ALWAYS_BAD_REQUEST) {
            // the bare key, without "Bearer ": only redaction by the key itself can hide it
            String auth = String.valueOf(event.getRequest().getHeader("Authorization"))
                    .replace("Bearer ", "");
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":{\"message\":\"bad request, you sent " + auth + "\"}}")
                    .build();
        }
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(ProviderJson.openAi(reply.text(), "stop", 120, 3))
                .build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
