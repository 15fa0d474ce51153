package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.base.ui.Translations;
import org.moralbase.moralgraph.CardInterview;
import org.moralbase.moralgraph.CardView;
import org.moralbase.moralgraph.TransitionPage;
import org.moralbase.moralgraph.ValuesCardParticipation;
import org.moralbase.moralgraph.ValuesCardSession;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.ui.ConditionNotice;
import org.moralbase.participation.ui.ConsentCard;
import org.moralbase.participation.ui.EndCard;
import org.moralbase.participation.ui.PreviewBanner;
import org.moralbase.participation.ui.Reading;
import org.moralbase.participation.ui.SaveStatus;
import org.moralbase.stats.moralgraph.VoteType;

/**
 * A participant's values-card session: consent, the card ({@link CardForm}), one transition between peers' cards per
 * page (a click or tap on one of three answers, or the keys 1/2/3), then the end. Answers are saved through {@link
 * SaveStatus}; each transition's buttons carry its position, so a click or key queued for an earlier one is dropped.
 */
@Route(value = "vc/:session", layout = ParticipantLayout.class)
@PageTitle("Moralbase study")
@AnonymousAllowed
@StyleSheet("kinds/valuescard.css")
public class ValuesCardSessionView extends Div implements BeforeEnterObserver {

    private static final List<VoteType> ANSWERS = List.of(VoteType.UPGRADE, VoteType.NO_UPGRADE, VoteType.NOT_SURE);

    private final ValuesCardParticipation cards;
    private final CardInterview interview;
    private String token;

    ValuesCardSessionView(ValuesCardParticipation cards, CardInterview interview) {
        this.cards = cards;
        this.interview = interview;
        setId("vc-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("session").orElse("");
        show();
    }

    private void show() {
        Reading.show(this, () -> render(cards.load(token)));
    }

    private void render(Optional<ValuesCardSession> loaded) {
        removeAll();
        if (loaded.isEmpty()) {
            add(new SessionMissingPage());
            return;
        }
        ValuesCardSession s = loaded.get();
        Translations.use(UI.getCurrent(), Locale.forLanguageTag(s.session().language()));
        if (s.session().status() != SessionStatus.ACTIVE || s.done()) {
            done(s);
        } else if (!s.session().consented()) {
            consent(s);
        } else if (s.card().isEmpty()) {
            card(s);
        } else {
            transition(s, s.transitions().get(s.session().answered() - 1));
        }
        PreviewBanner.keepOn(this, s.session());
        ConditionNotice.keepOn(this, s.session(), !s.done());
    }

    // the card form, with the interviewer's chat above it when the study has one (decision 0037)
    private void card(ValuesCardSession s) {
        InterviewPanel[] chat = new InterviewPanel[1];
        CardForm form = new CardForm(
                s.settings().question(),
                (draft, retrying) ->
                        cards.writeCard(token, draft, chat[0] == null ? List.of() : chat[0].transcript(), retrying),
                this::show);
        if (s.settings().interviewerModelId() != null) {
            chat[0] = new InterviewPanel((before, message) -> interview.send(token, before, message), form::fill);
            form.beforeFields(chat[0]);
        }
        add(form);
    }

    private void consent(ValuesCardSession s) {
        String text = s.settings().consentText() == null
                ? getTranslation("vc.consent.text")
                : s.settings().consentText();
        add(new ConsentCard(
                "vc",
                text,
                () -> Reading.show(this, () -> {
                    cards.consent(token);
                    render(cards.load(token));
                }),
                () -> Reading.show(this, () -> {
                    cards.decline(token);
                    render(cards.load(token));
                })));
    }

    private void transition(ValuesCardSession s, TransitionPage page) {
        H2 progress = new H2(getTranslation(
                "vc.vote.progress", page.position() - 1, s.transitions().size()));
        progress.setId("vc-progress");
        Paragraph question = new Paragraph(s.settings().question());
        question.setId("vc-study-question");
        Paragraph ask = new Paragraph(getTranslation("vc.vote.question"));
        ask.setId("vc-vote-question");
        Paragraph context = new Paragraph(getTranslation("vc.vote.context", page.context()));
        context.setId("vc-context");
        Span arrow = new Span("→");
        arrow.addClassName("mb-vc-arrow");
        arrow.getElement().setAttribute("aria-hidden", "true");
        Div pair = new Div(
                cardBox(page.from(), getTranslation("vc.vote.from"), "vc-from"),
                arrow,
                cardBox(page.to(), getTranslation("vc.vote.to"), "vc-to"));
        pair.addClassName("mb-vc-pair");
        Div box = new Div(progress, question, context, pair);
        if (page.story() != null && !page.story().isBlank()) {
            Paragraph story = new Paragraph(page.story());
            story.addClassName("mb-vc-story");
            story.setId("vc-story");
            box.add(new H3(getTranslation("vc.vote.story")), story);
        }
        SaveStatus status = new SaveStatus("vc-save-status", "vc-retry-save");
        Div answers = new Div();
        answers.addClassName("mb-vc-answers");
        List<Button> buttons = ANSWERS.stream()
                .map(t -> {
                    Button b = new Button(getTranslation("vc.vote." + t.code()));
                    b.setId("vc-vote-" + t.code().replace('_', '-'));
                    return b;
                })
                .toList();
        for (int i = 0; i < ANSWERS.size(); i++) {
            VoteType type = ANSWERS.get(i);
            buttons.get(i).addClickListener(e -> vote(page, type, status, buttons));
            answers.add(buttons.get(i));
        }
        Paragraph keys = new Paragraph(getTranslation("vc.vote.keys"));
        keys.addClassName("mb-vc-keys");
        box.add(ask, answers, keys, status);
        box.addClassName("mb-card");
        box.setId("vc-transition-" + page.position());
        List<Key> digits = List.of(Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3);
        for (int i = 0; i < digits.size(); i++) {
            VoteType type = ANSWERS.get(i);
            // keys act only while this transition's card is on the page
            Shortcuts.addShortcutListener(box, () -> vote(page, type, status, buttons), digits.get(i))
                    .listenOn(UI.getCurrent());
        }
        add(box);
    }

    private Div cardBox(CardView card, String label, String id) {
        Span which = new Span(label);
        which.addClassName("mb-vc-label");
        H3 title = new H3(card.title());
        title.setId(id + "-title");
        UnorderedList policies = new UnorderedList();
        card.policies().forEach(p -> policies.add(new ListItem(p)));
        Div box = new Div(which, title);
        if (card.description() != null) {
            box.add(new Paragraph(card.description()));
        }
        box.add(policies);
        box.addClassName("mb-vc-card");
        box.setId(id);
        return box;
    }

    private void vote(TransitionPage page, VoteType type, SaveStatus status, List<Button> buttons) {
        if (buttons.stream().noneMatch(Button::isEnabled)) {
            return; // this transition's vote is on its way already
        }
        buttons.forEach(b -> b.setEnabled(false));
        status.save(
                retrying -> cards.vote(token, page.position(), type, retrying),
                receipt -> {
                    show();
                    getElement().executeJs("window.scrollTo(0, 0)");
                },
                () -> buttons.forEach(b -> b.setEnabled(true)),
                () -> vote(page, type, status, buttons));
    }

    private void done(ValuesCardSession s) {
        add(EndCard.of("vc", s.session(), s.study().recruitment()));
    }
}
