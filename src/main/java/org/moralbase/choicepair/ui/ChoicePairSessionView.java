package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.base.ui.Translations;
import org.moralbase.choicepair.ChoicePairPage;
import org.moralbase.choicepair.ChoicePairParticipation;
import org.moralbase.choicepair.ChoicePairSession;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.ui.ConditionNotice;
import org.moralbase.participation.ui.ConsentCard;
import org.moralbase.participation.ui.EndCard;
import org.moralbase.participation.ui.PreviewBanner;
import org.moralbase.participation.ui.Reading;
import org.moralbase.participation.ui.SaveStatus;

/**
 * A participant's choice-pair session: consent, then one item per page (context, two options), then the end. An
 * answer is saved through {@link SaveStatus}: a slow save says so and the next item follows by push. Each item's
 * buttons are new components that carry its position, so a click queued for an earlier item is dropped.
 */
@Route(value = "cp/:session", layout = ParticipantLayout.class)
@PageTitle("Moralbase study")
@AnonymousAllowed
public class ChoicePairSessionView extends Div implements BeforeEnterObserver {

    private final ChoicePairParticipation pairs;
    private String token;
    private final List<Button> answerButtons = new ArrayList<>(); // the item's; disabled while its answer is saved

    ChoicePairSessionView(ChoicePairParticipation pairs) {
        this.pairs = pairs;
        setId("cp-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("session").orElse("");
        show();
    }

    /** Shows the step that follows from what is stored; a database outage gets its own page. */
    private void show() {
        Reading.show(this, () -> render(pairs.load(token)));
    }

    private void render(Optional<ChoicePairSession> loaded) {
        removeAll();
        if (loaded.isEmpty()) {
            add(new SessionMissingPage());
            return;
        }
        ChoicePairSession s = loaded.get();
        Translations.use(UI.getCurrent(), Locale.forLanguageTag(s.session().language()));
        if (s.session().status() != SessionStatus.ACTIVE || s.done()) {
            done(s);
        } else if (!s.session().consented()) {
            consent(s);
        } else {
            item(s, s.pages().get(s.session().answered()));
        }
        PreviewBanner.keepOn(this, s.session());
        ConditionNotice.keepOn(this, s.session(), !s.done());
    }

    private void consent(ChoicePairSession s) {
        String text = s.settings().consentText() == null
                ? getTranslation("cp.consent.text")
                : s.settings().consentText();
        add(new ConsentCard(
                "cp",
                text,
                () -> Reading.show(this, () -> {
                    pairs.consent(token);
                    render(pairs.load(token));
                }),
                () -> Reading.show(this, () -> {
                    pairs.decline(token);
                    render(pairs.load(token));
                })));
    }

    private void item(ChoicePairSession s, ChoicePairPage page) {
        Instant shownAt = Instant.now();
        H2 progress =
                new H2(getTranslation("cp.progress", page.position(), s.pages().size()));
        progress.setId("cp-progress");
        Paragraph context = new Paragraph(page.context());
        context.setId("cp-context");
        TextArea reason = new TextArea(getTranslation("cp.reason"));
        reason.setId("cp-reason");
        reason.setMaxLength(ChoicePairParticipation.MAX_REASON);
        reason.setWidthFull();
        reason.setVisible(s.settings().askReason());
        SaveStatus status = new SaveStatus("cp-save-status", "cp-retry-save");
        answerButtons.clear();
        // the optional reason comes before the buttons: a click on an option submits the answer
        Div card = new Div(
                progress,
                context,
                new Paragraph(getTranslation("cp.question")),
                reason,
                option(page.optionA(), "A", reason, page, shownAt, status),
                option(page.optionB(), "B", reason, page, shownAt, status));
        if (s.settings().allowUndecided()) {
            Button undecided = new Button(
                    getTranslation("cp.undecided"),
                    e -> answer(page, ChoicePairParticipation.UNDECIDED, reason.getValue(), shownAt, status));
            undecided.setId("cp-undecided");
            answerButtons.add(undecided);
            card.add(new Div(undecided));
        }
        card.add(status);
        card.setId("cp-item-" + page.position());
        add(card);
    }

    private Div option(
            String text, String label, TextArea reason, ChoicePairPage page, Instant shownAt, SaveStatus status) {
        Span shown = new Span(text);
        shown.setId("cp-option-" + label.toLowerCase(Locale.ROOT));
        Button choose = new Button(
                getTranslation("cp.choose", label), e -> answer(page, label, reason.getValue(), shownAt, status));
        choose.setId("cp-choose-" + label.toLowerCase(Locale.ROOT));
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.setDisableOnClick(true);
        answerButtons.add(choose);
        Div box = new Div(new Div(shown), choose);
        box.addClassName("mb-cp-option");
        return box;
    }

    private void answer(ChoicePairPage page, String label, String reason, Instant shownAt, SaveStatus status) {
        List<Button> buttons = List.copyOf(answerButtons);
        if (buttons.stream().noneMatch(Button::isEnabled)) {
            return; // this item's answer is on its way already
        }
        buttons.forEach(b -> b.setEnabled(false));
        status.save(
                retrying -> pairs.answer(token, page.position(), label, reason, shownAt, retrying),
                receipt -> {
                    show();
                    getElement().executeJs("window.scrollTo(0, 0)");
                },
                () -> buttons.forEach(b -> b.setEnabled(true)),
                () -> answer(page, label, reason, shownAt, status));
    }

    private void done(ChoicePairSession s) {
        add(EndCard.of("cp", s.session(), s.study().recruitment()));
    }
}
