package org.moralbase.webhooks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Notices;
import org.moralbase.base.ui.Once;
import org.moralbase.webhooks.Delivery;
import org.moralbase.webhooks.DeliveryStatus;
import org.moralbase.webhooks.Webhook;
import org.moralbase.webhooks.WebhookEvent;
import org.moralbase.webhooks.WebhookService;

/** One webhook: where it sends, what, and its delivery log with test, redeliver and remove. */
class WebhookCard extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final WebhookService webhooks;
    private final Webhook hook;
    private final Grid<Delivery> log = new Grid<>();

    WebhookCard(WebhookService webhooks, Webhook hook, Runnable removed) {
        this.webhooks = webhooks;
        this.hook = hook;
        addClassName("mb-card");
        setId("webhook-" + hook.id());
        Paragraph where = new Paragraph();
        Span url = new Span(hook.url());
        url.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
        where.add(url);
        Paragraph what = new Paragraph("Receives: "
                + hook.events().stream().map(WebhookEvent::type).collect(Collectors.joining(", "))
                + ". Added by " + hook.createdBy() + ", " + TIME.format(hook.createdAt()) + " UTC.");
        what.addClassName("mb-muted");

        Button test = new Button("Send test");
        test.setId("webhook-test-" + hook.id());
        test.setTooltipText("Sends a webhook.test message now; it appears in the log below");
        Once.onClick(test, () -> {
            webhooks.sendTest(hook.studyId(), hook.id());
            refresh();
            Notices.success("Test message queued: it is sent within seconds");
        });
        Button remove = new Button("Remove…");
        remove.setId("webhook-remove-" + hook.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Remove this webhook?",
                    "No more messages go to " + hook.url() + ", and its delivery log is deleted.",
                    "Remove",
                    ok -> {
                        webhooks.delete(hook.studyId(), hook.id());
                        removed.run();
                    });
            confirm.setId("webhook-remove-dialog");
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        Button rotate = new Button("Rotate secret…");
        rotate.setId("webhook-rotate-" + hook.id());
        rotate.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Give this webhook a new secret?",
                    "Messages are then signed with the new secret and, for "
                            + WebhookService.ROTATION_GRACE.toHours() + " hours, also with the current one (two"
                            + " signatures in webhook-signature), so your receiver can switch in that time.",
                    "Rotate",
                    ok -> {
                        String secret =
                                webhooks.rotateSecret(hook.studyId(), hook.id()).secret();
                        WebhooksView.secretDialog(
                                        "New secret",
                                        "Messages to " + hook.url() + " are now signed with this secret too, and"
                                                + " after " + WebhookService.ROTATION_GRACE.toHours() + " hours with"
                                                + " it only. Copy it into your receiver: it is not shown again.",
                                        secret)
                                .open();
                    });
            confirm.setId("webhook-rotate-dialog");
            confirm.setCancelable(true);
            confirm.open();
        });
        HorizontalLayout actions = new HorizontalLayout(test, rotate, remove);
        actions.setWrap(true);

        Grids.readable(log);
        log.setId("webhook-log-" + hook.id());
        log.setAllRowsVisible(true);
        // what a researcher looks for first comes first: on a phone the later columns are a sideways scroll away
        log.addColumn(WebhookCard::status).setHeader("Status").setWidth("14rem").setFlexGrow(1);
        log.addColumn(d -> d.event().type()).setHeader("Event").setAutoWidth(true);
        log.addColumn(d -> TIME.format(d.createdAt()))
                .setHeader("Created (UTC)")
                .setAutoWidth(true);
        log.addColumn(Delivery::attempts).setHeader("Attempts").setAutoWidth(true);
        log.addComponentColumn(this::redeliver).setHeader("").setAutoWidth(true);
        log.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(d -> {
            Span payload = new Span(d.messageId() + "  " + d.payload());
            payload.getStyle().set("font-family", "monospace").set("overflow-wrap", "anywhere");
            return payload;
        }));
        Paragraph logHint = new Paragraph("Latest messages, newest first; click one to see what was sent.");
        logHint.addClassName("mb-muted");
        add(where, what, actions, logHint, log);
        refresh();
    }

    /** Reads the log again. */
    void refresh() {
        log.setItems(webhooks.deliveries(hook.studyId(), hook.id(), 20));
    }

    /** In words: "Delivered (HTTP 204)", "Retrying at 10:42:05: the receiver answered HTTP 500", "Failed: …". */
    static String status(Delivery d) {
        String http = d.lastHttpStatus() == null ? "" : " (HTTP " + d.lastHttpStatus() + ")";
        return switch (d.status()) {
            case DELIVERED ->
                "Delivered" + http + " " + TIME.format(d.deliveredAt()).substring(11);
            case FAILED -> "Failed: " + d.lastError();
            case PENDING ->
                d.attempts() == 0 || d.lastError() == null
                        ? "Sending…"
                        : "Retrying at " + TIME.format(d.nextAttemptAt()).substring(11) + ": " + d.lastError();
        };
    }

    private Button redeliver(Delivery d) {
        Button again = new Button("Redeliver");
        again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        again.setVisible(d.status() != DeliveryStatus.PENDING);
        again.setId("webhook-redeliver-" + d.id());
        Once.onClick(again, () -> {
            webhooks.redeliver(hook.studyId(), d.id());
            refresh();
        });
        return again;
    }
}
