package org.moralbase.annotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.moralbase.annotation.CrowdStart;
import org.moralbase.annotation.CrowdWorkService;
import org.moralbase.base.ui.MessagePage;
import org.moralbase.base.ui.ParticipantLayout;

/**
 * A project's public link for Prolific or MTurk workers: reads their ids, finds or creates the worker and
 * forwards to the work page; or says why not (docs/participant-ui.md, "Annotation (crowd)").
 */
@Route(value = "annotate/crowd/:code", layout = ParticipantLayout.class)
@PageTitle("Annotation · Moralbase")
@AnonymousAllowed
class CrowdArrivalView extends Div implements BeforeEnterObserver {

    private final CrowdWorkService crowd;

    CrowdArrivalView(CrowdWorkService crowd) {
        this.crowd = crowd;
        setId("crowd-arrival");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CrowdStart start = crowd.arrive(
                event.getRouteParameters().get("code").orElse(""),
                event.getLocation().getQueryParameters().getParameters());
        switch (start) {
            case CrowdStart.Ready ready -> event.forwardTo(CrowdWorkView.PATH + ready.workerId());
            case CrowdStart.Preview preview ->
                add(new MessagePage(
                        "mturk-preview", getTranslation("page.preview.title"), getTranslation("page.preview.text")));
            case CrowdStart.NotFound notFound ->
                add(new MessagePage(
                        "crowd-unavailable",
                        getTranslation("page.notFound.title"),
                        getTranslation("page.notFound.text")));
            case CrowdStart.BadLink bad ->
                add(new MessagePage(
                        "bad-link",
                        getTranslation("page.badLink.title"),
                        getTranslation(bad.translationKey(), bad.parameter())));
        }
    }
}
