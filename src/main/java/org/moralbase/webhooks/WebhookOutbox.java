package org.moralbase.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moralbase.models.OwnerModels;
import org.moralbase.models.RunEnded;
import org.moralbase.participation.SessionEnded;
import org.moralbase.participation.SessionStatus;
import org.moralbase.study.PublicStudies;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Stores a message for every webhook of the study that wants it, in the transaction of the change it reports (before
 * its commit): a session's end and its message commit together or not at all, so no event is lost to a crash between
 * the two and none is told of a change that was rolled back. Previews are not told.
 */
@Component
class WebhookOutbox {

    private final WebhookTable webhooks;
    private final DeliveryTable deliveries;
    private final PublicStudies studies;
    private final OwnerModels models;
    private final Clock clock;

    WebhookOutbox(
            WebhookTable webhooks, DeliveryTable deliveries, PublicStudies studies, OwnerModels models, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.studies = studies;
        this.models = models;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onSessionEnded(SessionEnded ended) {
        if (ended.preview()) {
            return;
        }
        List<Webhook> hooks = webhooks.ofStudy(ended.studyId());
        if (hooks.isEmpty()) {
            return;
        }
        boolean completed = ended.status() == SessionStatus.COMPLETED;
        WebhookEvent event = completed ? WebhookEvent.SESSION_COMPLETED : WebhookEvent.SESSION_SCREENED_OUT;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("study_id", ended.studyId());
        data.put("participant", ended.participant());
        data.put("status", ended.status().name().toLowerCase(Locale.ROOT));
        data.put("source", ended.source().name().toLowerCase(Locale.ROOT));
        data.put("external_id", ended.externalId());
        data.put("external_study_id", ended.externalStudyId());
        data.put("external_session_id", ended.externalSessionId());
        data.put("ended_at", ended.endedAt().toString());
        send(hooks, event, null, data, ended.sessionId());
        if (completed && hooks.stream().anyMatch(h -> h.events().contains(WebhookEvent.STUDY_TARGET_REACHED))) {
            Integer target = studies.byId(ended.studyId())
                    .map(s -> s.recruitment().targetParticipants())
                    .orElse(null);
            long completedSessions =
                    target == null ? -1 : ended.completedSessions().getAsLong();
            if (target != null && completedSessions >= target) {
                Map<String, Object> reached = new LinkedHashMap<>();
                reached.put("study_id", ended.studyId());
                reached.put("target", target);
                reached.put("completed", completedSessions);
                // once per target: a target raised later is told again when reached
                send(hooks, WebhookEvent.STUDY_TARGET_REACHED, "target:" + target, reached, null);
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onRunEnded(RunEnded ended) {
        if (ended.studyId() == null) {
            return;
        }
        List<Webhook> hooks = webhooks.ofStudy(ended.studyId());
        if (hooks.isEmpty()) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("study_id", ended.studyId());
        data.put("run_id", ended.runId());
        data.put("model", models.name(ended.modelRef()).orElse(null));
        data.put("status", ended.status().name().toLowerCase(Locale.ROOT));
        data.put("ended_at", ended.endedAt().toString());
        send(hooks, WebhookEvent.RUN_FINISHED, "run:" + ended.runId(), data, null);
    }

    private void send(List<Webhook> hooks, WebhookEvent event, String onceKey, Map<String, Object> data, Long session) {
        Instant now = clock.instant();
        String payload = WebhookPayloads.of(event, now, data);
        for (Webhook hook : hooks) {
            if (hook.events().contains(event)) {
                deliveries.enqueue(hook.id(), event, onceKey, payload, session, now);
            }
        }
    }
}
