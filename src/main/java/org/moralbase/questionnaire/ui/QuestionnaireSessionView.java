package org.moralbase.questionnaire.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
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
import org.moralbase.base.ui.MessagePage;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.base.ui.Translations;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.ui.ConditionNotice;
import org.moralbase.participation.ui.ConsentCard;
import org.moralbase.participation.ui.EndCard;
import org.moralbase.participation.ui.PlatformReturn;
import org.moralbase.participation.ui.PreviewBanner;
import org.moralbase.participation.ui.Reading;
import org.moralbase.participation.ui.SaveStatus;
import org.moralbase.questionnaire.QuestionnairePage;
import org.moralbase.questionnaire.QuestionnaireParticipation;
import org.moralbase.questionnaire.QuestionnaireSession;

/**
 * A participant's questionnaire: consent, then one item per page with its scale as large buttons in a radio group (a
 * click or tap, or the keys 1–9), then the end — or the screen-out after a failed attention item. Answers are saved
 * through {@link SaveStatus}; each item's buttons carry its position, so a click or key queued for an earlier item is
 * dropped.
 */
@Route(value = "q/:session", layout = ParticipantLayout.class)
@PageTitle("Moralbase study")
@AnonymousAllowed
@StyleSheet("kinds/questionnaire.css")
public class QuestionnaireSessionView extends Div implements BeforeEnterObserver {

    private static final List<Key> DIGITS = List.of(
            Key.DIGIT_1,
            Key.DIGIT_2,
            Key.DIGIT_3,
            Key.DIGIT_4,
            Key.DIGIT_5,
            Key.DIGIT_6,
            Key.DIGIT_7,
            Key.DIGIT_8,
            Key.DIGIT_9);
    private static final List<Key> NUMPAD = List.of(
            Key.NUMPAD_1,
            Key.NUMPAD_2,
            Key.NUMPAD_3,
            Key.NUMPAD_4,
            Key.NUMPAD_5,
            Key.NUMPAD_6,
            Key.NUMPAD_7,
            Key.NUMPAD_8,
            Key.NUMPAD_9);

    private final QuestionnaireParticipation questionnaire;
    private String token;

    QuestionnaireSessionView(QuestionnaireParticipation questionnaire) {
        this.questionnaire = questionnaire;
        setId("q-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("session").orElse("");
        show();
    }

    private void show() {
        Reading.show(this, () -> render(questionnaire.load(token)));
    }

    private void render(Optional<QuestionnaireSession> loaded) {
        removeAll();
        if (loaded.isEmpty()) {
            add(new SessionMissingPage());
            return;
        }
        QuestionnaireSession s = loaded.get();
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

    private void consent(QuestionnaireSession s) {
        String text = s.settings().consentText() == null
                ? getTranslation("q.consent.text")
                : s.settings().consentText();
        add(new ConsentCard(
                "q",
                text,
                () -> Reading.show(this, () -> {
                    questionnaire.consent(token);
                    render(questionnaire.load(token));
                }),
                () -> Reading.show(this, () -> {
                    questionnaire.decline(token);
                    render(questionnaire.load(token));
                })));
    }

    private void item(QuestionnaireSession s, QuestionnairePage page) {
        Instant shownAt = Instant.now();
        Span progress =
                new Span(getTranslation("q.progress", page.position(), s.pages().size()));
        progress.setId("q-progress");
        ProgressBar bar = new ProgressBar(0, s.pages().size(), page.position() - 1);
        bar.getElement().setAttribute("aria-hidden", "true");
        Paragraph text = new Paragraph(page.text());
        text.setId("q-item-text");
        text.addClassName("mb-q-text");
        SaveStatus status = new SaveStatus("q-save-status", "q-retry-save");
        List<Button> buttons = new ArrayList<>();
        Div scale = new Div();
        scale.addClassName("mb-q-scale");
        scale.getStyle().set("--mb-q-points", Integer.toString(page.labels().size()));
        scale.getElement().setAttribute("role", "radiogroup");
        scale.getElement().setAttribute("aria-labelledby", "q-item-text");
        for (int p = 1; p <= page.labels().size(); p++) {
            buttons.add(point(p, page.labels().get(p - 1)));
        }
        for (int p = 1; p <= buttons.size(); p++) {
            int point = p;
            buttons.get(p - 1).addClickListener(e -> answer(page, point, shownAt, status, buttons));
            scale.add(buttons.get(p - 1));
        }
        Paragraph keys = new Paragraph(getTranslation("q.keys", Math.min(9, buttons.size())));
        keys.addClassName("mb-q-keys");
        Div card = new Div(progress, bar, text, scale, keys, status);
        card.addClassName("mb-card");
        card.setId("q-item-" + page.position());
        // keys act only while this item's card is on the page
        for (int p = 1; p <= Math.min(9, buttons.size()); p++) {
            int point = p;
            for (Key key : List.of(DIGITS.get(p - 1), NUMPAD.get(p - 1))) {
                Shortcuts.addShortcutListener(card, () -> answer(page, point, shownAt, status, buttons), key)
                        .listenOn(UI.getCurrent());
            }
        }
        add(card);
    }

    private Button point(int point, String label) {
        Span number = new Span(Integer.toString(point));
        number.addClassName("mb-q-number");
        Span words = new Span(label);
        words.addClassName("mb-q-label");
        Button choose = new Button(new Div(number, words));
        choose.addClassName("mb-q-point");
        choose.getElement().setAttribute("role", "radio");
        choose.getElement().setAttribute("aria-checked", "false");
        choose.getElement().setAttribute("aria-label", point + ": " + label);
        choose.setId("q-point-" + point);
        return choose;
    }

    private void answer(QuestionnairePage page, int point, Instant shownAt, SaveStatus status, List<Button> buttons) {
        if (buttons.stream().noneMatch(Button::isEnabled)) {
            return; // this item's answer is on its way already
        }
        buttons.forEach(btn -> btn.setEnabled(false));
        buttons.get(point - 1).getElement().setAttribute("aria-checked", "true");
        buttons.get(point - 1).addClassName("mb-q-chosen");
        status.save(
                retrying -> questionnaire.answer(token, page.position(), point, shownAt, retrying),
                receipt -> {
                    show();
                    getElement().executeJs("window.scrollTo(0, 0)");
                },
                () -> buttons.forEach(btn -> btn.setEnabled(true)),
                () -> answer(page, point, shownAt, status, buttons));
    }

    private void done(QuestionnaireSession s) {
        if (s.session().status() == SessionStatus.SCREENED_OUT && s.session().consented()) {
            // screened out by an attention item: the kind's own words
            MessagePage end = new MessagePage(
                    "q-screened-out", getTranslation("q.screened.title"), getTranslation("q.screened.text"));
            end.add(PlatformReturn.forSession(
                    s.session(), s.study().recruitment(), PlatformReturn.Ending.SCREENED_OUT));
            add(end);
            return;
        }
        add(EndCard.of("q", s.session(), s.study().recruitment()));
    }
}
