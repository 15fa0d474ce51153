package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.moralbase.base.ui.MessagePage;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.base.ui.SessionUnavailablePage;
import org.moralbase.base.ui.Translations;
import org.moralbase.moralmachine.MoralMachineParticipation;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.moralmachine.comparison.ClosingResults;
import org.moralbase.participation.AnswerNotSavedException;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StudyClosedException;
import org.moralbase.participation.ui.ConditionNotice;
import org.moralbase.participation.ui.LateAnswerView;
import org.moralbase.participation.ui.PreviewBanner;

/**
 * A participant's Moral Machine session. Which step shows is derived from what is stored (consent, answers,
 * survey), so a reload, a second tab or an app restart lands on the same step with the same scenarios.
 */
@Route(value = "mm/:session", layout = ParticipantLayout.class)
@AnonymousAllowed
public class MoralMachineSessionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MoralMachineParticipation mm;
    private final ClosingResults closingResults;
    private final ParticipationService participation;
    private final Translations translations;
    private final Clock clock;
    private String token;
    private MoralMachineSession loaded; // kept between clicks: only the stored state is read again
    private ScenarioStep scenarioStep; // kept while scenarios follow each other, updated in place
    private Instant shownAt;
    private String title = "Moralbase";

    MoralMachineSessionView(
            MoralMachineParticipation mm,
            ClosingResults closingResults,
            ParticipationService participation,
            Translations translations,
            Clock clock) {
        this.mm = mm;
        this.closingResults = closingResults;
        this.participation = participation;
        this.translations = translations;
        this.clock = clock;
        setId("mm-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("session").orElse("");
        loaded = null;
        scenarioStep = null;
        removeAll();
        render();
    }

    private void render() {
        MoralMachineSession session;
        try {
            session = (loaded == null ? mm.load(token) : mm.refresh(loaded)).orElse(null);
        } catch (AnswerNotSavedException databaseAway) {
            showUnavailable();
            return;
        }
        loaded = session;
        if (session == null) {
            showOnly(new SessionMissingPage());
            return;
        }
        title = session.study().title();
        Translations.use(
                UI.getCurrent(),
                translations.match(
                        session.session().language(), session.settings().languages()));
        SessionStatus status = session.session().status();
        boolean ended = status == SessionStatus.SCREENED_OUT || status == SessionStatus.ABANDONED;
        if (!ended && session.session().consented() && !session.scenariosDone()) {
            showScenario(session); // updates the step in place if it is showing
        } else {
            showOnly();
            try {
                showOtherStep(session, status, ended);
            } catch (AnswerNotSavedException databaseAway) {
                showUnavailable();
                return;
            }
        }
        PreviewBanner.keepOn(this, session.session());
        ConditionNotice.keepOn(this, session.session(), !session.scenariosDone());
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
    }

    private void showOtherStep(MoralMachineSession session, SessionStatus status, boolean ended) {
        if (ended) {
            add(new MessagePage(
                    "consent-declined", getTranslation("common.thanks"), getTranslation("consent.declined")));
            ScreenOut.addReturn(this, session);
        } else if (!session.session().consented()) {
            List<Locale> languages = session.settings().languages().stream()
                    .map(l -> translations.match(l, session.settings().languages()))
                    .distinct()
                    .toList();
            add(new ConsentStep(
                    session,
                    languages,
                    translations::nativeName,
                    locale -> act(() -> participation.setLanguage(token, locale.getLanguage())),
                    GalleryFile.of(translations, getLocale()),
                    () -> act(() -> participation.consent(token)),
                    () -> act(() -> participation.finish(token, SessionStatus.SCREENED_OUT))));
        } else if (session.settings().survey() && !session.session().surveyDone() && status == SessionStatus.ACTIVE) {
            add(new SurveyStep(answers -> act(() -> mm.saveSurvey(token, answers))));
        } else {
            if (status == SessionStatus.ACTIVE) {
                participation.finish(token, SessionStatus.COMPLETED);
            }
            add(new DoneStep(session, closingResults.of(session)));
        }
    }

    private void showScenario(MoralMachineSession session) {
        if (scenarioStep == null) {
            showOnly();
            scenarioStep = new ScenarioStep(session.scenarios().size(), this::choose);
            add(scenarioStep);
        }
        int position = session.nextPosition();
        scenarioStep.show(session.scenarios().get(position - 1), position);
        shownAt = clock.instant();
    }

    private void choose(int position, String choice, boolean descriptionShown) {
        MoralMachineSession session = loaded;
        Instant shown = shownAt;
        ScenarioStep step = scenarioStep;
        step.save(
                retrying -> mm.choose(session, position, choice, descriptionShown, shown, retrying),
                receipt -> saved(session, position, receipt),
                choice);
    }

    private void saved(MoralMachineSession session, int position, AnswerReceipt receipt) {
        if (receipt.status() == AnswerReceipt.Status.STORED
                && loaded == session
                && position < session.scenarios().size()) {
            loaded = session.answered(position); // what was stored is known: no need to read the session again
            showScenario(loaded);
            UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
        } else {
            render(); // the last one, a repeat (double click, other tab), stale or closed: the stored state decides
        }
    }

    /** Runs a participant's action on the session, then shows what follows; a database outage gets its own page. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (AnswerNotSavedException databaseAway) {
            showUnavailable();
            return;
        } catch (StudyClosedException late) {
            LateAnswerView.show(late);
            return;
        }
        render();
    }

    private void showUnavailable() {
        showOnly(new SessionUnavailablePage(this::render));
    }

    private void showOnly(Component... page) {
        removeAll();
        scenarioStep = null;
        add(page);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
