package org.moralbase.webhooks;

import java.time.Instant;
import java.util.List;

/** A study's webhook as pages and the API show it: never its secret. */
public record Webhook(
        long id, long studyId, String url, List<WebhookEvent> events, String createdBy, Instant createdAt) {

    /** The event types, as the API names them. */
    public List<String> eventTypes() {
        return events.stream().map(WebhookEvent::type).toList();
    }
}
