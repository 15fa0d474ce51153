package org.moralbase.webhooks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Once;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;
import org.moralbase.webhooks.CreatedWebhook;
import org.moralbase.webhooks.Webhook;
import org.moralbase.webhooks.WebhookEvent;
import org.moralbase.webhooks.WebhookService;

/**
 * A study's webhooks (decision 0040): add one with the events it receives (its secret shown once), and for each its
 * delivery log, a test message, redelivery and removal. The logs refresh every few seconds while the page is open.
 */
@Route("studies/:id/webhooks")
@PageTitle("Webhooks · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class WebhooksView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final WebhookService webhooks;
    private final Div list = new Div();
    private final List<WebhookCard> cards = new ArrayList<>();
    private Registration polling;
    private StudySummary study;

    WebhooksView(StudyService studies, WebhookService webhooks) {
        this.studies = studies;
        this.webhooks = webhooks;
        setId("webhooks-view");
        setMaxWidth("72rem");
        list.setId("webhook-list");
        list.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies).ifPresent(this::show);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(3000);
        polling = event.getUI().addPollListener(e -> cards.forEach(WebhookCard::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void show(StudySummary s) {
        study = s;
        removeAll();
        H2 title = new H2(s.title());
        title.setId("study-heading");
        Paragraph about = new Paragraph("A webhook tells another system at once when something happens in this study:"
                + " your server receives an HTTP POST with a small JSON message (its type, when, and the details: the"
                + " participant's pseudonymous id and their Prolific or MTurk ids, the target, the run). Each message"
                + " is signed with the webhook's secret as the Standard Webhooks specification says (headers"
                + " webhook-id, webhook-timestamp, webhook-signature), so your server can check that it came from"
                + " here. A message your server does not accept with a 2xx status is sent again after 5 seconds, 5"
                + " minutes, 30 minutes, 2, 5, 10 and 10 hours; the log below shows every message. docs/api.md has"
                + " examples of receivers in R and Python.");
        about.setId("webhooks-about");
        add(new Anchor("studies/" + s.id(), "← Study"), title, about);
        Optional<String> unavailable = webhooks.unavailable();
        if (unavailable.isPresent()) {
            Paragraph why = new Paragraph(unavailable.get() + " Ask the server's administrator.");
            why.setId("webhooks-unavailable");
            why.addClassName("mb-warning");
            add(why);
        } else {
            add(addForm());
        }
        add(new H3("Webhooks of this study"), list);
        showList();
    }

    private VerticalLayout addForm() {
        TextField url = new TextField("URL");
        url.setId("webhook-url");
        url.setPlaceholder("https://example.org/moralbase-events");
        url.setHelperText("Your server's address that receives the messages (https recommended)");
        url.setWidthFull();
        url.setMaxWidth("40rem");
        CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
        events.setId("webhook-events");
        events.setItems(WebhookEvent.subscribable());
        events.setItemLabelGenerator(e -> e.label() + " (" + e.type() + ")");
        events.setValue(Set.of(WebhookEvent.SESSION_COMPLETED));
        events.addThemeName("vertical");
        Button add = new Button("Add webhook");
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Once.onClick(add, () -> {
            url.setInvalid(false);
            events.setInvalid(false);
            try {
                CreatedWebhook made = webhooks.create(study.id(), url.getValue(), List.copyOf(events.getValue()));
                url.clear();
                showList();
                secretDialog(
                                "Webhook added",
                                "Its messages to " + made.webhook().url() + " are signed with this secret. Copy it into"
                                        + " your receiver now: it is not shown again. (Lost it? Rotate the secret on"
                                        + " the webhook's card.)",
                                made.secret())
                        .open();
            } catch (IllegalArgumentException refused) {
                String message = refused.getMessage();
                if (message.startsWith("Events: ")) {
                    events.setErrorMessage(message.substring(8));
                    events.setInvalid(true);
                } else {
                    url.setErrorMessage(message.startsWith("URL: ") ? message.substring(5) : message);
                    url.setInvalid(true);
                }
            }
        });
        VerticalLayout form = new VerticalLayout(url, events, add);
        form.setPadding(false);
        form.setId("webhook-form");
        form.addClassName("mb-card");
        return form;
    }

    /** A secret shown this once, with what it is for. */
    static Dialog secretDialog(String title, String text, String value) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId("webhook-secret-dialog");
        dialog.setWidth("36rem");
        dialog.setMaxWidth("95vw"); // a phone
        Paragraph say = new Paragraph(text);
        TextArea secret = new TextArea("Secret");
        secret.setId("webhook-secret");
        secret.setValue(value);
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button done = new Button("I have copied it", e -> dialog.close());
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(say, secret);
        dialog.getFooter().add(done);
        return dialog;
    }

    private void showList() {
        list.removeAll();
        cards.clear();
        List<Webhook> all = webhooks.list(study.id());
        if (all.isEmpty()) {
            Paragraph none = new Paragraph("None yet.");
            none.setId("webhooks-none");
            none.addClassName("mb-muted");
            list.add(none);
        }
        for (Webhook hook : all) {
            WebhookCard card = new WebhookCard(webhooks, hook, this::showList);
            cards.add(card);
            list.add(card);
        }
    }
}
