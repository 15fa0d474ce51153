package org.moralbase.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.moralbase.base.Retries;
import org.moralbase.models.OutboundAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due from the outbox, on every node (decision 0040): each attempt is claimed by one conditional UPDATE,
 * so a message is sent by one node at a time, and one whose node died mid-attempt is due again after
 * {@link #CLAIM}. A receiver's 2xx delivers it; anything else (another status, no answer within 10 s, no connection)
 * is retried after the Standard Webhooks schedule — 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — and then FAILED.
 * Receivers may get a message twice (at-least-once) and drop repeats by its {@code webhook-id}.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** How long a claimed attempt keeps the message from other nodes: longer than any attempt takes. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final int BATCH = 50;

    private final DeliveryTable deliveries;
    private final WebhookSecrets secrets;
    private final Clock clock;
    private final OutboundAddresses addresses;
    private final List<Duration> retryDelays;
    private final Retries retries = Retries.transientDatabase(Duration.ofSeconds(30));
    private final AtomicBoolean busy = new AtomicBoolean();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    WebhookDispatcher(
            DeliveryTable deliveries,
            WebhookSecrets secrets,
            Clock clock,
            @Value("${moralbase.webhooks.allowed-hosts:}") String allowedHosts,
            @Value("${moralbase.webhooks.retry-delays:5s,5m,30m,2h,5h,10h,10h}") List<Duration> retryDelays) {
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.clock = clock;
        this.addresses = OutboundAddresses.allowing(allowedHosts, "MORALBASE_WEBHOOKS_ALLOWED_HOSTS", "messages");
        this.retryDelays = List.copyOf(retryDelays);
    }

    /** Makes every attempt that is due now (a few hundred at most per call); how many were delivered. */
    @Scheduled(initialDelayString = "${moralbase.webhooks.poll:2s}", fixedDelayString = "${moralbase.webhooks.poll:2s}")
    public int deliverDue() {
        if (!busy.compareAndSet(false, true)) {
            return 0; // the previous call is still sending
        }
        AtomicInteger delivered = new AtomicInteger();
        try {
            for (int round = 0; round < 10; round++) {
                List<DeliveryTable.Due> due = retries.run(() -> deliveries.due(clock.instant(), BATCH));
                try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (DeliveryTable.Due d : due) {
                        senders.submit(() -> {
                            if (attempt(d)) {
                                delivered.incrementAndGet();
                            }
                        });
                    }
                }
                if (due.size() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("webhooks: sending stopped for now: {}", e.toString());
        } finally {
            busy.set(false);
        }
        return delivered.get();
    }

    /** One attempt at one message, if this node claims it; true if the receiver took it. */
    private boolean attempt(DeliveryTable.Due due) {
        Instant now = clock.instant();
        if (!retries.run(() -> deliveries.claim(due, now, now.plus(CLAIM)))) {
            return false; // another node (or call) has it
        }
        Sent sent = send(due);
        int made = due.attempts() + 1;
        if (sent.delivered()) {
            retries.run(() -> {
                deliveries.delivered(due.id(), sent.httpStatus(), clock.instant());
                return null;
            });
            return true;
        }
        Instant next = made <= retryDelays.size() ? clock.instant().plus(retryDelays.get(made - 1)) : null;
        retries.run(() -> {
            deliveries.failed(due.id(), sent.httpStatus(), sent.error(), next);
            return null;
        });
        return false;
    }

    /** What an attempt got: the receiver's status, or why there is none. */
    private record Sent(Integer httpStatus, String error) {

        boolean delivered() {
            return error == null;
        }
    }

    private Sent send(DeliveryTable.Due due) {
        URI uri;
        try {
            uri = URI.create(due.url());
        } catch (IllegalArgumentException e) {
            return new Sent(null, "the address is not a URL");
        }
        Optional<String> refused = addresses.problem(uri);
        if (refused.isPresent()) {
            return new Sent(null, "Not sent: " + refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        String signature;
        try {
            signature = WebhookSigner.signature(
                    secrets.open(due.sealedSecret()), due.messageId(), timestamp, due.payload());
            if (due.previousSealed() != null) { // a rotation's grace period: both sign (space-separated)
                signature += " "
                        + WebhookSigner.signature(
                                secrets.open(due.previousSealed()), due.messageId(), timestamp, due.payload());
            }
        } catch (RuntimeException e) {
            return new Sent(null, "Not sent: the secret cannot be read (" + e.getMessage() + ")");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Moralbase-Webhooks/1")
                .header("webhook-id", due.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(due.payload()))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2
                    ? new Sent(status, null)
                    : new Sent(status, "the receiver answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Sent(null, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            return new Sent(
                    null, "could not connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IOException e) {
            return new Sent(null, "network error: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(null, "the server stopped during the attempt");
        }
    }
}
