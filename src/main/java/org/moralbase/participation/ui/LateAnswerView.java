package org.moralbase.participation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;
import org.moralbase.base.ui.MessagePage;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.base.ui.Translations;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.StudyClosedException;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;

/**
 * Where a participant page goes when an answer is refused because the study closed and its grace period ended
 * (decision 0034): says so in the participant's language, that nothing more is stored and earlier answers are kept,
 * with the way back to the platform as for a screened-out session (the screen-out code on Prolific, if the study has
 * one; the MTurk form with {@code completed=0}).
 */
@Route(value = "closed/:session", layout = ParticipantLayout.class)
@PageTitle("Moralbase study")
@AnonymousAllowed
public class LateAnswerView extends Div implements BeforeEnterObserver {

    private final ParticipationService participation;
    private final PublicStudies studies;

    LateAnswerView(ParticipationService participation, PublicStudies studies) {
        this.participation = participation;
        this.studies = studies;
        setId("late-answer");
    }

    /** Shows the late-answer page of the session whose answer was refused (from any participant page). */
    public static void show(StudyClosedException refused) {
        UI.getCurrent().navigate(LateAnswerView.class, new RouteParameters("session", refused.token()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Reading.show(this, () -> {
            Optional<SessionState> session = participation.session(
                    event.getRouteParameters().get("session").orElse(""));
            Optional<PublicStudy> study = session.flatMap(s -> studies.byId(s.studyId()));
            if (session.isEmpty() || study.isEmpty()) {
                add(new SessionMissingPage());
                return;
            }
            Translations.use(
                    UI.getCurrent(), Locale.forLanguageTag(session.get().language()));
            MessagePage page = new MessagePage(
                    "study-closed-late", getTranslation("page.late.title"), getTranslation("page.late.text"));
            page.add(PlatformReturn.forSession(
                    session.get(), study.get().recruitment(), PlatformReturn.Ending.SCREENED_OUT));
            add(page);
        });
    }
}
