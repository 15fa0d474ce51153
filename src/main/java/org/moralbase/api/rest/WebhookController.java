package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.moralbase.webhooks.CreatedWebhook;
import org.moralbase.webhooks.Delivery;
import org.moralbase.webhooks.Webhook;
import org.moralbase.webhooks.WebhookEvent;
import org.moralbase.webhooks.WebhookService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A study's webhooks (decision 0040), as its Webhooks page manages them: messages signed per Standard Webhooks
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), retried with back-off, each attempt in
 * the delivery log.
 */
@RestController
@RequestMapping("/api/v1/studies/{id}/webhooks")
@Tag(name = "Webhooks")
class WebhookController {

    /** A webhook to add: its address and the event types it receives. */
    record NewWebhook(String url, List<String> events) {}

    /** A webhook as listed: never its secret. */
    record WebhookView(long id, String url, List<String> events, String createdBy, String createdAt) {

        static WebhookView of(Webhook w) {
            return new WebhookView(
                    w.id(),
                    w.url(),
                    w.eventTypes(),
                    w.createdBy(),
                    w.createdAt().toString());
        }
    }

    /** A webhook just added, with its secret: shown this once. */
    record Created(long id, String url, List<String> events, String secret) {}

    /** One message to the webhook and what became of it. */
    record DeliveryView(
            long id,
            String messageId,
            String event,
            String status,
            int attempts,
            String createdAt,
            String lastAttemptAt,
            Integer lastHttpStatus,
            String lastError,
            String nextAttemptAt,
            String deliveredAt,
            String payload) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(
                    d.id(),
                    d.messageId(),
                    d.event().type(),
                    d.status().name().toLowerCase(java.util.Locale.ROOT),
                    d.attempts(),
                    d.createdAt().toString(),
                    d.lastAttemptAt() == null ? null : d.lastAttemptAt().toString(),
                    d.lastHttpStatus(),
                    d.lastError(),
                    d.status() == org.moralbase.webhooks.DeliveryStatus.PENDING
                            ? d.nextAttemptAt().toString()
                            : null,
                    d.deliveredAt() == null ? null : d.deliveredAt().toString(),
                    d.payload());
        }
    }

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    @Operation(summary = "The study's webhooks (never their secrets)")
    List<WebhookView> list(@PathVariable long id) {
        return webhooks.list(id).stream().map(WebhookView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a webhook: {url, events}; events among session.completed, session.screened_out,"
                    + " study.target_reached, run.finished. The answer carries its signing secret (whsec_…) this once")
    Created create(@PathVariable long id, @RequestBody NewWebhook wanted) {
        List<WebhookEvent> events = new ArrayList<>();
        for (String type : wanted.events() == null ? List.<String>of() : wanted.events()) {
            events.add(WebhookEvent.ofType(type)
                    .filter(WebhookEvent.subscribable()::contains)
                    .orElseThrow(() -> new IllegalArgumentException("Events: '" + type + "' is not an event type; use "
                            + String.join(
                                    ", ",
                                    WebhookEvent.subscribable().stream()
                                            .map(WebhookEvent::type)
                                            .toList()))));
        }
        CreatedWebhook made = webhooks.create(id, wanted.url(), events);
        return new Created(
                made.webhook().id(), made.webhook().url(), made.webhook().eventTypes(), made.secret());
    }

    @PostMapping("/{webhookId}/secret")
    @Operation(
            summary =
                    "Give the webhook a new signing secret, carried in the answer this once; for 24 hours the previous"
                            + " one signs beside it (two signatures in webhook-signature), so receivers can switch")
    Created rotateSecret(@PathVariable long id, @PathVariable long webhookId) {
        CreatedWebhook made = webhooks.rotateSecret(id, webhookId);
        return new Created(
                made.webhook().id(), made.webhook().url(), made.webhook().eventTypes(), made.secret());
    }

    @DeleteMapping("/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a webhook and its delivery log")
    void delete(@PathVariable long id, @PathVariable long webhookId) {
        webhooks.delete(id, webhookId);
    }

    @GetMapping("/{webhookId}/deliveries")
    @Operation(summary = "The webhook's delivery log, newest first (limit at most 200)")
    List<DeliveryView> deliveries(
            @PathVariable long id, @PathVariable long webhookId, @RequestParam(defaultValue = "50") int limit) {
        return webhooks.deliveries(id, webhookId, limit).stream()
                .map(DeliveryView::of)
                .toList();
    }

    @PostMapping("/{webhookId}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a webhook.test message now; follow it in the delivery log")
    DeliveryView test(@PathVariable long id, @PathVariable long webhookId) {
        return DeliveryView.of(webhooks.sendTest(id, webhookId));
    }

    @PostMapping("/deliveries/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a delivered or failed message again, with the same webhook-id")
    DeliveryView redeliver(@PathVariable long id, @PathVariable long deliveryId) {
        return DeliveryView.of(webhooks.redeliver(id, deliveryId));
    }
}
