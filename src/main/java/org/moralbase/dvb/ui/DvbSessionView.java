package org.moralbase.dvb.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.moralbase.base.ui.MessagePage;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.base.ui.Translations;
import org.moralbase.dvb.DvbAnswerOutcome;
import org.moralbase.dvb.DvbParticipation;
import org.moralbase.dvb.DvbSession;
import org.moralbase.dvb.DvbTrialPage;
import org.moralbase.participation.ui.ConditionNotice;
import org.moralbase.participation.ui.PlatformReturn;
import org.moralbase.participation.ui.PreviewBanner;
import org.moralbase.participation.ui.Reading;
import org.moralbase.participation.ui.SaveStatus;

/**
 * A participant's DVB session, one page at a time: consent, the worked example, the comprehension question,
 * the trials, the end. What stands at each position is decided on the server; reloads resume where stored. An
 * answer is saved through {@link SaveStatus}: a slow save says so and the next trial follows by push; each trial's
 * buttons are new components that carry its position, so a click queued for an earlier trial is dropped.
 */
@Route(value = "dvb/:session", layout = ParticipantLayout.class)
@PageTitle("Moralbase study")
@AnonymousAllowed
public class DvbSessionView extends Div implements BeforeEnterObserver {

    private final DvbParticipation dvb;
    private String token;
    private boolean exampleSeen;
    private boolean comprehensionPassed;

    DvbSessionView(DvbParticipation dvb) {
        this.dvb = dvb;
        setId("dvb-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("session").orElse("");
        show();
    }

    /** Shows the page that follows from what is stored; a database outage gets its own page. */
    private void show() {
        Reading.show(this, () -> render(dvb.load(token)));
    }

    private void render(Optional<DvbSession> loaded) {
        removeAll();
        if (loaded.isEmpty()) {
            add(new SessionMissingPage());
            return;
        }
        DvbSession s = loaded.get();
        Translations.use(UI.getCurrent(), Locale.forLanguageTag(s.session().language()));
        switch (s.session().status()) {
            case COMPLETED -> done(s);
            case SCREENED_OUT ->
                add(
                        s.session().consented()
                                ? new EndPage(
                                        "dvb-screened-out",
                                        getTranslation("dvb.screened.title"),
                                        getTranslation("dvb.screened.text"),
                                        back(s, PlatformReturn.Ending.SCREENED_OUT))
                                : new EndPage(
                                        "dvb-declined",
                                        getTranslation("consent.title"),
                                        getTranslation("consent.declined"),
                                        back(s, PlatformReturn.Ending.SCREENED_OUT)));
            case ABANDONED ->
                add(new MessagePage(
                        "dvb-expired", getTranslation("dvb.expired.title"), getTranslation("dvb.expired.text")));
            case ACTIVE -> active(s);
        }
        PreviewBanner.keepOn(this, s.session());
        ConditionNotice.keepOn(this, s.session(), true);
    }

    private void active(DvbSession s) {
        if (!s.session().consented()) {
            consent(s);
        } else if (s.trials().isEmpty()) {
            DvbSession assigned = dvb.consent(token).orElse(s);
            if (assigned.trials().isEmpty()) {
                add(new MessagePage("dvb-full", getTranslation("dvb.full.title"), getTranslation("dvb.full.text")));
            } else {
                active(assigned);
            }
        } else if (s.session().answered() == 0 && !exampleSeen && s.example() != null) {
            example(s);
        } else if (s.session().answered() == 0 && s.settings().comprehension() && !comprehensionPassed) {
            comprehension();
        } else if (s.trialsDone()) {
            done(s);
        } else {
            trial(s, s.trials().get(s.nextPosition() - 1));
        }
    }

    private void consent(DvbSession s) {
        H2 title = new H2(getTranslation("consent.title"));
        String text = s.settings().consentText() == null
                ? getTranslation("dvb.consent.text")
                : s.settings().consentText();
        Paragraph body = new Paragraph(text);
        body.setId("dvb-consent-text");
        Button agree =
                new Button(getTranslation("consent.agree"), e -> Reading.show(this, () -> render(dvb.consent(token))));
        agree.setId("dvb-consent-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        agree.setDisableOnClick(true);
        Button decline = new Button(
                getTranslation("consent.decline"), e -> Reading.show(this, () -> render(dvb.decline(token))));
        decline.setId("dvb-consent-decline");
        Div card = new Div(title, body, new Div(agree, decline));
        card.addClassName("mb-card");
        card.setId("dvb-consent");
        add(card);
    }

    private void example(DvbSession s) {
        DvbTrialPage page = s.example();
        H2 title = new H2(getTranslation("dvb.example.title"));
        Paragraph intro = new Paragraph(getTranslation("dvb.example.text"));
        String chosenText = page.training().getFirst().chosen().equals("A")
                ? page.training().getFirst().a()
                : page.training().getFirst().b();
        Paragraph answer =
                new Paragraph(getTranslation("dvb.example.answer", page.test().chosen(), chosenText));
        answer.setId("dvb-example-answer");
        answer.addClassName("mb-dvb-answer");
        Button next = new Button(getTranslation("common.continue"), e -> {
            exampleSeen = true;
            show();
        });
        next.setId("dvb-example-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new DvbTrialPanel(page, new Div(title, intro), null), answer, next);
        card.setId("dvb-example");
        add(card);
    }

    private void comprehension() {
        H2 title = new H2(getTranslation("dvb.comp.title"));
        Paragraph question = new Paragraph(getTranslation("dvb.comp.question"));
        Paragraph wrong = new Paragraph(getTranslation("dvb.comp.wrong"));
        wrong.setId("dvb-comp-wrong");
        wrong.setVisible(false);
        Div card = new Div(title, question);
        String[] keys = {"dvb.comp.own", "dvb.comp.user", "dvb.comp.longer"};
        for (int i = 0; i < keys.length; i++) {
            boolean right = i == 1;
            Button answer = new Button(getTranslation(keys[i]), e -> {
                if (right) {
                    comprehensionPassed = true;
                    show();
                } else {
                    wrong.setVisible(true);
                }
            });
            answer.setId("dvb-comp-" + i);
            answer.addClassName("mb-dvb-comp");
            card.add(new Div(answer));
        }
        card.add(wrong);
        card.addClassName("mb-card");
        card.setId("dvb-comprehension");
        add(card);
    }

    private void trial(DvbSession s, DvbTrialPage page) {
        Instant shownAt = Instant.now();
        H2 progress = new H2(
                getTranslation("dvb.trial.progress", page.position(), s.trials().size()));
        progress.setId("dvb-progress");
        DvbTrialPanel[] panel = new DvbTrialPanel[1];
        panel[0] = new DvbTrialPanel(page, progress, label -> answer(panel[0], page, label, shownAt));
        panel[0].setId("dvb-trial-" + page.position());
        add(panel[0]);
    }

    private void answer(DvbTrialPanel panel, DvbTrialPage page, String label, Instant shownAt) {
        if (!panel.isChoosable()) {
            return; // this trial's answer is on its way already
        }
        panel.setChoosable(false);
        panel.status()
                .save(
                        retrying -> dvb.answer(token, page.position(), label, shownAt, retrying),
                        outcome -> {
                            show();
                            if (outcome.next() == DvbAnswerOutcome.Next.TRIAL) {
                                getElement().executeJs("window.scrollTo(0, 0)");
                            }
                        },
                        () -> panel.setChoosable(true),
                        () -> answer(panel, page, label, shownAt));
    }

    private void done(DvbSession s) {
        add(new EndPage("dvb-done", getTranslation("done.title"), null, back(s, PlatformReturn.Ending.COMPLETED)));
    }

    private static PlatformReturn back(DvbSession s, PlatformReturn.Ending ending) {
        return PlatformReturn.forSession(s.session(), s.study().recruitment(), ending);
    }
}
