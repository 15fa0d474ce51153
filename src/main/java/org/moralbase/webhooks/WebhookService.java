package org.moralbase.webhooks;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.models.OutboundAddresses;
import org.moralbase.security.CurrentUser;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study's webhooks for the researchers who see the study (the page and the API): added with the events they want
 * and their secret shown once, removed, tested, and their delivery log read and redelivered. Adding and removing one
 * is audited; a webhook of a study one may not see is "not found".
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class WebhookService {

    /** How long the previous secret signs beside a new one after a rotation. */
    public static final java.time.Duration ROTATION_GRACE = java.time.Duration.ofHours(24);

    /** Webhooks a study may have. */
    public static final int MOST = 10;

    /** Deliveries a log shows at most. */
    public static final int LOG = 200;

    private final WebhookTable webhooks;
    private final DeliveryTable deliveries;
    private final WebhookSecrets secrets;
    private final StudyService studies;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final OutboundAddresses addresses;
    private final SecureRandom random = new SecureRandom();

    WebhookService(
            WebhookTable webhooks,
            DeliveryTable deliveries,
            WebhookSecrets secrets,
            StudyService studies,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            @Value("${moralbase.webhooks.allowed-hosts:}") String allowedHosts) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.studies = studies;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.addresses = OutboundAddresses.allowing(allowedHosts, "MORALBASE_WEBHOOKS_ALLOWED_HOSTS", "messages");
    }

    /** Why webhooks cannot be added on this server (no master key), or empty. */
    public Optional<String> unavailable() {
        return secrets.problem();
    }

    /** The study's webhooks, oldest first. */
    @Transactional(readOnly = true)
    public List<Webhook> list(long studyId) {
        requireStudy(studyId);
        return webhooks.ofStudy(studyId);
    }

    /**
     * Adds a webhook; its secret is in the answer, and never shown again.
     *
     * @throws IllegalArgumentException naming the field: "URL: …", "Events: …"
     */
    @Transactional
    public CreatedWebhook create(long studyId, String url, List<WebhookEvent> events) {
        requireStudy(studyId);
        String address = url == null ? "" : url.strip();
        problem(address).ifPresent(p -> {
            throw new IllegalArgumentException("URL: " + p);
        });
        List<WebhookEvent> wanted = events == null
                ? List.of()
                : WebhookEvent.subscribable().stream().filter(events::contains).toList();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("Events: choose at least one of "
                    + String.join(
                            ", ",
                            WebhookEvent.subscribable().stream()
                                    .map(WebhookEvent::type)
                                    .toList()));
        }
        if (webhooks.ofStudy(studyId).size() >= MOST) {
            throw new IllegalArgumentException("URL: a study has at most " + MOST + " webhooks; remove one first");
        }
        String secret = WebhookSigner.newSecret(random);
        String sealed = secrets.seal(secret);
        String by = currentUser.username().orElse("?");
        long id = webhooks.insert(studyId, address, wanted, sealed, by, clock.instant());
        Webhook made = webhooks.find(id).orElseThrow();
        audit.record(AuditAction.WEBHOOK_CREATED, "study", studyId, address + " for " + made.eventTypes());
        return new CreatedWebhook(made, secret);
    }

    /**
     * A new signing secret for a webhook, shown this once; the previous one keeps signing beside it (a second
     * signature in {@code webhook-signature}) for {@link #ROTATION_GRACE}, so a receiver can switch at leisure.
     */
    @Transactional
    public CreatedWebhook rotateSecret(long studyId, long webhookId) {
        Webhook hook = require(studyId, webhookId);
        String previous = webhooks.sealedSecret(webhookId).orElseThrow();
        String secret = WebhookSigner.newSecret(random);
        webhooks.rotate(
                webhookId, secrets.seal(secret), previous, clock.instant().plus(ROTATION_GRACE));
        audit.record(
                AuditAction.WEBHOOK_SECRET_ROTATED,
                "study",
                studyId,
                hook.url() + ": the previous secret signs until "
                        + clock.instant().plus(ROTATION_GRACE));
        return new CreatedWebhook(hook, secret);
    }

    /** Removes a webhook and its delivery log. */
    @Transactional
    public void delete(long studyId, long webhookId) {
        Webhook hook = require(studyId, webhookId);
        webhooks.delete(webhookId);
        audit.record(AuditAction.WEBHOOK_DELETED, "study", studyId, hook.url());
    }

    /** The webhook's latest deliveries, newest first (at most {@link #LOG}). */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long studyId, long webhookId, int limit) {
        require(studyId, webhookId);
        return deliveries.log(webhookId, Math.clamp(limit, 1, LOG));
    }

    /** Queues a {@code webhook.test} message, sent within seconds; the delivery, to follow in the log. */
    @Transactional
    public Delivery sendTest(long studyId, long webhookId) {
        Webhook hook = require(studyId, webhookId);
        Instant now = clock.instant();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("study_id", studyId);
        data.put("webhook_id", webhookId);
        data.put("message", "A test from Moralbase: this webhook receives " + String.join(", ", hook.eventTypes()));
        deliveries.enqueue(
                webhookId, WebhookEvent.TEST, null, WebhookPayloads.of(WebhookEvent.TEST, now, data), null, now);
        return deliveries.log(webhookId, 1).getFirst();
    }

    /** Sends a delivered or failed message again with the same message id, from its first attempt. */
    @Transactional
    public Delivery redeliver(long studyId, long deliveryId) {
        Delivery delivery = deliveries
                .find(deliveryId)
                .filter(d -> webhooks.find(d.webhookId())
                        .map(w -> w.studyId() == studyId)
                        .orElse(false))
                .orElseThrow(() -> new WebhookNotFoundException("No delivery " + deliveryId + " in study " + studyId));
        requireStudy(studyId);
        if (delivery.status() == DeliveryStatus.PENDING) {
            throw new IllegalArgumentException("Delivery: it is still being sent");
        }
        deliveries.redeliver(deliveryId, clock.instant());
        return deliveries.find(deliveryId).orElseThrow();
    }

    /** Why a webhook may not have this address, or empty. */
    private Optional<String> problem(String url) {
        if (url.isEmpty()) {
            return Optional.of("enter the address that receives the messages, e.g. https://example.org/moralbase");
        }
        if (url.length() > 2000) {
            return Optional.of("at most 2000 characters");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + url + "' is not an address (" + e.getMessage() + ")");
        }
        if (uri.getHost() == null) {
            return Optional.of("'" + url + "' is not an http or https address with a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("no user name or password in the address; the signature authenticates messages");
        }
        return addresses.problem(uri);
    }

    private void requireStudy(long studyId) {
        studies.find(studyId).orElseThrow(() -> new StudyNotFoundException(studyId));
    }

    private Webhook require(long studyId, long webhookId) {
        requireStudy(studyId);
        return webhooks.find(webhookId)
                .filter(w -> w.studyId() == studyId)
                .orElseThrow(() -> new WebhookNotFoundException("No webhook " + webhookId + " in study " + studyId));
    }
}
