package org.moralbase.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import org.moralbase.annotation.CheckOutcome;
import org.moralbase.annotation.CrowdEnd;
import org.moralbase.annotation.CrowdWorkService;
import org.moralbase.annotation.WorkBrief;
import org.moralbase.annotation.WorkItem;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.SessionMissingPage;
import org.moralbase.participation.ui.PlatformReturn;

/**
 * A crowd worker's work page ({@code /annotate/crowd/w/<worker id>}): the {@link WorkPanel} on the worker's
 * anonymous identity, and at the end the completion or screen-out code with the way back to Prolific or MTurk.
 */
@Route(value = "annotate/crowd/w/:worker", layout = ParticipantLayout.class)
@PageTitle("Annotation · Moralbase")
@AnonymousAllowed
class CrowdWorkView extends Div implements BeforeEnterObserver {

    static final String PATH = "annotate/crowd/w/";

    private final CrowdWorkService crowd;

    CrowdWorkView(CrowdWorkService crowd) {
        this.crowd = crowd;
        setId("crowd-work");
        setMaxWidth("960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String worker = event.getRouteParameters().get("worker").orElse("");
        Optional<WorkBrief> brief = crowd.brief(worker);
        if (brief.isEmpty()) {
            add(new SessionMissingPage());
            return;
        }
        long projectId = brief.get().projectId();
        add(new WorkPanel(
                new WorkPanel.WorkPort() {
                    @Override
                    public Optional<WorkBrief> brief() {
                        return crowd.brief(worker);
                    }

                    @Override
                    public CheckOutcome answerChecks(Map<String, String> answers) {
                        return crowd.answerChecks(worker, answers);
                    }

                    @Override
                    public Optional<WorkItem> next() {
                        return crowd.next(projectId, worker);
                    }

                    @Override
                    public void submit(long assignmentId, Map<String, String> answers) {
                        crowd.submit(projectId, worker, assignmentId, answers);
                    }

                    @Override
                    public Component end(WorkBrief ignored) {
                        return endPage(crowd.end(worker));
                    }
                },
                brief.get()));
    }

    static Component endPage(CrowdEnd end) {
        Div page = new Div();
        page.addClassName("mb-card");
        switch (end.outcome()) {
            case COMPLETED -> {
                page.setId("crowd-done");
                page.add(new H2("Thank you, you are done."));
            }
            case SCREENED_OUT -> {
                page.setId("crowd-screened-out");
                page.add(new H2("Thank you."), new Paragraph("This task needs no further answers from you."));
            }
            case NOTHING_LEFT -> {
                page.setId("crowd-full");
                page.add(
                        new H2("No items left"),
                        new Paragraph("Every item has all its answers. Please return the task."));
                return page;
            }
        }
        page.add(new PlatformReturn(
                end.source(),
                end.outcome() == CrowdEnd.Outcome.COMPLETED
                        ? PlatformReturn.Ending.COMPLETED
                        : PlatformReturn.Ending.SCREENED_OUT,
                end.code(),
                end.submitTo(),
                end.assignmentId()));
        return page;
    }
}
