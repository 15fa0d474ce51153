package org.moralbase.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON body of a message: {@code {"type": …, "timestamp": …, "data": {…}}}, as Standard Webhooks advises. */
final class WebhookPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayloads() {}

    static String of(WebhookEvent event, Instant at, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", at.toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }

    /** The payload with the participant's platform ids removed (decision 0039), or as it was if it has none. */
    @SuppressWarnings("unchecked")
    static String withoutPlatformIds(String payload) {
        Map<String, Object> body = JSON.readValue(payload, LinkedHashMap.class);
        if (body.get("data") instanceof Map<?, ?> data) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) data);
            copy.put("external_id", null);
            copy.put("external_study_id", null);
            copy.put("external_session_id", null);
            body.put("data", copy);
        }
        return JSON.writeValueAsString(body);
    }
}
