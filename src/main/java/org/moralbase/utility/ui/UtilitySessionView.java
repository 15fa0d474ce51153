package org.moralbase.utility.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.base.ui.Translations;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.ui.ConditionNotice;
import org.moralbase.participation.ui.ConsentCard;
import org.moralbase.participation.ui.EndCard;
import org.moralbase.participation.ui.PreviewBanner;
import org.moralbase.participation.ui.Reading;
import org.moralbase.participation.ui.SaveStatus;
import org.moralbase.utility.UtilityPage;
import org.moralbase.utility.UtilityParticipation;
import org.moralbase.utility.UtilitySession;

/**
 * A participant's utility session: consent, then one pair of outcomes per page (a click or tap on either, or the keys
 * A/B or ←/→), then the end. Answers are saved through {@link SaveStatus}; each pair's buttons carry its position, so
 * a click or key queued for an earlier pair is dropped.
 */
@Route(value = "ut/:session", layout = ParticipantLayout.class)
@PageTitle("Moralbase study")
@AnonymousAllowed
@StyleSheet("kinds/utility.css")
public class UtilitySessionView extends Div implements BeforeEnterObserver {

    private final UtilityParticipation utility;
    private String token;

    UtilitySessionView(UtilityParticipation utility) {
        this.utility = utility;
        setId("ut-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("session").orElse("");
        show();
    }

    private void show() {
        Reading.show(this, () -> render(utility.load(token)));
    }

    private void render(Optional<UtilitySession> loaded) {
        removeAll();
        if (loaded.isEmpty()) {
            add(new SessionMissingPage());
            return;
        }
        UtilitySession s = loaded.get();
        Translations.use(UI.getCurrent(), Locale.forLanguageTag(s.session().language()));
        if (s.session().status() != SessionStatus.ACTIVE || s.done()) {
            done(s);
        } else if (!s.session().consented()) {
            consent(s);
        } else {
            pair(s, s.pages().get(s.session().answered()));
        }
        PreviewBanner.keepOn(this, s.session());
        ConditionNotice.keepOn(this, s.session(), !s.done());
    }

    private void consent(UtilitySession s) {
        String text = s.settings().consentText() == null
                ? getTranslation("ut.consent.text")
                : s.settings().consentText();
        add(new ConsentCard(
                "ut",
                text,
                () -> Reading.show(this, () -> {
                    utility.consent(token);
                    render(utility.load(token));
                }),
                () -> Reading.show(this, () -> {
                    utility.decline(token);
                    render(utility.load(token));
                })));
    }

    private void pair(UtilitySession s, UtilityPage page) {
        Instant shownAt = Instant.now();
        H2 progress =
                new H2(getTranslation("ut.progress", page.position(), s.pages().size()));
        progress.setId("ut-progress");
        SaveStatus status = new SaveStatus("ut-save-status", "ut-retry-save");
        Button a = option(page.optionA(), "A");
        Button b = option(page.optionB(), "B");
        List<Button> buttons = List.of(a, b);
        a.addClickListener(e -> answer(page, "A", shownAt, status, buttons));
        b.addClickListener(e -> answer(page, "B", shownAt, status, buttons));
        Div pair = new Div(a, b);
        pair.addClassName("mb-ut-pair");
        Paragraph keys = new Paragraph(getTranslation("ut.keys"));
        keys.addClassName("mb-ut-keys");
        Paragraph question = new Paragraph(getTranslation("ut.question"));
        question.setId("ut-question");
        Div card = new Div(progress, question, pair, keys, status);
        card.addClassName("mb-card");
        card.setId("ut-pair-" + page.position());
        // keys act only while this pair's card is on the page
        for (Key key : List.of(Key.KEY_A, Key.ARROW_LEFT, Key.KEY_B, Key.ARROW_RIGHT)) {
            String label = key == Key.KEY_A || key == Key.ARROW_LEFT ? "A" : "B";
            Shortcuts.addShortcutListener(card, () -> answer(page, label, shownAt, status, buttons), key)
                    .listenOn(UI.getCurrent());
        }
        add(card);
    }

    private Button option(String text, String label) {
        Span name = new Span(getTranslation("ut.option", label));
        name.addClassName("mb-ut-label");
        Span shown = new Span(text);
        shown.setId("ut-option-" + label.toLowerCase(Locale.ROOT));
        Button choose = new Button(new Div(name, shown));
        choose.addClassName("mb-ut-option");
        choose.getElement().setAttribute("aria-label", getTranslation("ut.choose", label) + ": " + text);
        choose.setId("ut-choose-" + label.toLowerCase(Locale.ROOT));
        return choose;
    }

    private void answer(UtilityPage page, String label, Instant shownAt, SaveStatus status, List<Button> buttons) {
        if (buttons.stream().noneMatch(Button::isEnabled)) {
            return; // this pair's answer is on its way already
        }
        buttons.forEach(btn -> btn.setEnabled(false));
        status.save(
                retrying -> utility.answer(token, page.position(), label, shownAt, retrying),
                receipt -> {
                    show();
                    getElement().executeJs("window.scrollTo(0, 0)");
                },
                () -> buttons.forEach(btn -> btn.setEnabled(true)),
                () -> answer(page, label, shownAt, status, buttons));
    }

    private void done(UtilitySession s) {
        add(EndCard.of("ut", s.session(), s.study().recruitment()));
    }
}
