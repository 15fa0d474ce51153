package org.moralbase.participation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.moralbase.base.ui.MessagePage;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyStatus;

/** Where a participant link leads: the study's landing page, or a clear page saying why not. */
@Route(value = "take/:code", layout = ParticipantLayout.class)
@PageTitle("Moralbase study")
@AnonymousAllowed
class TakeStudyView extends Div implements BeforeEnterObserver {

    private final PublicStudies studies;

    TakeStudyView(PublicStudies studies) {
        this.studies = studies;
        setId("take-study");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        studies.byCode(code)
                .ifPresentOrElse(
                        this::show,
                        () -> add(new MessagePage(
                                "study-unavailable",
                                "Study not found",
                                "This link does not lead to a study. Please check the link you were given.")));
    }

    private void show(PublicStudy study) {
        if (study.status() != StudyStatus.OPEN) {
            add(new MessagePage(
                    "study-not-open",
                    "This study is not open",
                    "The study is not taking participants right now. Thank you for your interest."));
            return;
        }
        H1 title = new H1(study.title());
        title.setId("study-title");
        add(title, new Paragraph("Welcome. This study is open."));
    }
}
