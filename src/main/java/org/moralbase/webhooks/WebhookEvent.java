package org.moralbase.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a webhook reports, by the {@code type} its receiver reads. */
public enum WebhookEvent {
    SESSION_COMPLETED("session.completed", "A participant completed the study"),
    SESSION_SCREENED_OUT("session.screened_out", "A participant was screened out"),
    STUDY_TARGET_REACHED("study.target_reached", "The study reached its target of participants"),
    RUN_FINISHED("run.finished", "A model run on the study finished or was cancelled"),
    /** Sent by "Send test"; no webhook subscribes to it. */
    TEST("webhook.test", "A test sent from the page or the API");

    private final String type;
    private final String label;

    WebhookEvent(String type, String label) {
        this.type = type;
        this.label = label;
    }

    /** As the payload's {@code type} and the API name it: "session.completed". */
    public String type() {
        return type;
    }

    /** As the page says it. */
    public String label() {
        return label;
    }

    /** The events a webhook may subscribe to. */
    public static List<WebhookEvent> subscribable() {
        return Arrays.stream(values()).filter(e -> e != TEST).toList();
    }

    /** The event of this type, if there is one. */
    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
