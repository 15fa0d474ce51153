package org.moralbase.webhooks;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery log a log (decision 0040): sent and failed messages are deleted after
 * {@code moralbase.webhooks.log-days} (30), and a message about a session whose platform ids were dropped (decision
 * 0039) loses them too; erasing a participant deletes theirs at once (a foreign key). Idempotent, so it runs on every
 * node, as the platform-id retention does.
 */
@Component
class WebhookLogPruning {

    private static final Logger log = LoggerFactory.getLogger(WebhookLogPruning.class);

    private final DeliveryTable deliveries;
    private final Clock clock;
    private final Duration kept;

    WebhookLogPruning(DeliveryTable deliveries, Clock clock, @Value("${moralbase.webhooks.log-days:30}") int days) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.kept = Duration.ofDays(days);
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    int prune() {
        int deleted = deliveries.prune(clock.instant().minus(kept));
        int redacted = 0;
        for (Object[] row : deliveries.holdingDroppedIds()) {
            deliveries.replacePayload((Long) row[0], WebhookPayloads.withoutPlatformIds((String) row[1]));
            redacted++;
        }
        if (deleted + redacted > 0) {
            log.info("webhook log: {} old deliveries deleted, {} lost dropped platform ids", deleted, redacted);
        }
        return redacted;
    }
}
