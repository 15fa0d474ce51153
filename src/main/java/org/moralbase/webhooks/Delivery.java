package org.moralbase.webhooks;

import java.time.Instant;

/**
 * One message to one webhook and what became of it: the delivery log's row.
 *
 * @param messageId the {@code webhook-id} header, the same on every attempt (receivers drop repeats by it)
 * @param lastHttpStatus the receiver's status at the last attempt; null if it did not answer
 * @param lastError why the last attempt failed, in plain words; null after a success
 * @param nextAttemptAt when it is tried again (pending only)
 */
public record Delivery(
        long id,
        long webhookId,
        String messageId,
        WebhookEvent event,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Integer lastHttpStatus,
        String lastError,
        Instant nextAttemptAt,
        Instant deliveredAt,
        String payload) {}
