package org.moralbase.moralmachine.ui;

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
import org.moralbase.base.ui.Translations;
import org.moralbase.moralmachine.LiveAmce;
import org.moralbase.moralmachine.ModelProfiles;
import org.moralbase.moralmachine.MoralMachineParticipation;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.moralmachine.MoralMachineSettings;
import org.moralbase.participation.AnswerNotSavedException;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionStatus;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A participant's Moral Machine session. Which step shows is derived from what is stored (consent, answers,
 * survey), so a reload, a second tab or an app restart lands on the same step with the same scenarios.
 */
@Route(value = "mm/:session", layout = ParticipantLayout.class)
@AnonymousAllowed
class MoralMachineSessionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MoralMachineParticipation mm;
    private final LiveAmce liveAmce;
    private final ObjectProvider<ModelProfiles> modelProfiles;
    private final ParticipationService participation;
    private final Translations translations;
    private final Clock clock;
    private String publicId;
    private MoralMachineSession loaded; // kept between clicks: only the stored state is read again
    private String title = "Moralbase";

    MoralMachineSessionView(
            MoralMachineParticipation mm,
            LiveAmce liveAmce,
            ObjectProvider<ModelProfiles> modelProfiles,
            ParticipationService participation,
            Translations translations,
            Clock clock) {
        this.mm = mm;
        this.liveAmce = liveAmce;
        this.modelProfiles = modelProfiles;
        this.participation = participation;
        this.translations = translations;
        this.clock = clock;
        setId("mm-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        publicId = event.getRouteParameters().get("session").orElse("");
        loaded = null;
        render();
    }

    private void render() {
        removeAll();
        MoralMachineSession session = (loaded == null ? mm.load(publicId) : mm.refresh(loaded)).orElse(null);
        loaded = session;
        if (session == null) {
            add(new SessionMissingPage());
            return;
        }
        title = session.study().title();
        UI.getCurrent()
                .setLocale(translations.match(
                        session.session().language(), session.settings().languages()));
        SessionStatus status = session.session().status();
        if (status == SessionStatus.SCREENED_OUT || status == SessionStatus.ABANDONED) {
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
                    locale -> {
                        participation.setLanguage(publicId, locale.getLanguage());
                        render();
                    },
                    () -> {
                        participation.consent(publicId);
                        render();
                    },
                    () -> {
                        participation.finish(publicId, SessionStatus.SCREENED_OUT);
                        render();
                    }));
        } else if (!session.scenariosDone()) {
            showScenario(session);
        } else if (session.settings().survey() && !session.session().surveyDone() && status == SessionStatus.ACTIVE) {
            add(new SurveyStep(answers -> {
                mm.saveSurvey(publicId, answers);
                render();
            }));
        } else {
            if (status == SessionStatus.ACTIVE) {
                participation.finish(publicId, SessionStatus.COMPLETED);
            }
            List<String> chosen = session.settings().participantModels();
            int limit = chosen == null
                    ? MoralMachineSettings.AUTOMATIC_PARTICIPANT_MODELS
                    : MoralMachineSettings.MAX_PARTICIPANT_MODELS;
            ModelProfiles profiles = modelProfiles.getIfAvailable();
            List<ModelProfiles.ModelProfile> beside = profiles == null
                    ? List.of()
                    : profiles.forStudy(session.study().id(), chosen, limit);
            add(new DoneStep(
                    session,
                    mm.ownEstimates(session),
                    liveAmce.forParticipant(session.study().id()),
                    beside));
        }
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
    }

    private void showScenario(MoralMachineSession session) {
        int position = session.nextPosition();
        Instant shownAt = clock.instant();
        add(new ScenarioStep(
                session.scenarios().get(position - 1),
                position,
                session.scenarios().size(),
                (choice, described) -> {
                    try {
                        AnswerReceipt receipt = mm.choose(session, position, choice, described, shownAt);
                        // stored, stored before (double click, other tab), stale or closed: the stored state decides
                        // what comes next
                        render();
                        return receipt != null;
                    } catch (AnswerNotSavedException outage) {
                        return false;
                    }
                }));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
