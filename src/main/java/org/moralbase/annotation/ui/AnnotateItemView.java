package org.moralbase.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.moralbase.annotation.AssignmentService;
import org.moralbase.annotation.CheckOutcome;
import org.moralbase.annotation.WorkBrief;
import org.moralbase.annotation.WorkItem;
import org.moralbase.base.Roles;

/** The invited annotator's work page: the {@link WorkPanel} on the annotator's own project membership. */
@Route("annotate/:project")
@PageTitle("Annotate · Moralbase")
@RolesAllowed({Roles.ANNOTATOR, Roles.ADMIN})
class AnnotateItemView extends VerticalLayout implements BeforeEnterObserver {

    private final AssignmentService work;

    AnnotateItemView(AssignmentService work) {
        this.work = work;
        setId("annotate-item-view");
        setMaxWidth("960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<WorkBrief> found = event.getRouteParameters()
                .get("project")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> work.brief(Long.parseLong(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long projectId = found.get().projectId();
        removeAll();
        add(new WorkPanel(
                new WorkPanel.WorkPort() {
                    @Override
                    public Optional<WorkBrief> brief() {
                        return work.brief(projectId);
                    }

                    @Override
                    public CheckOutcome answerChecks(Map<String, String> answers) {
                        return work.answerChecks(projectId, answers);
                    }

                    @Override
                    public Optional<WorkItem> next() {
                        return work.next(projectId);
                    }

                    @Override
                    public void submit(long assignmentId, Map<String, String> answers) {
                        work.submit(projectId, assignmentId, answers);
                    }

                    @Override
                    public Component end(WorkBrief brief) {
                        Paragraph end = new Paragraph(
                                brief.screenedOut()
                                        ? "Thank you. This project needs no further answers from you."
                                        : "No more items for you right now. Thank you!");
                        end.setId("no-more-items");
                        return end;
                    }
                },
                found.get()));
    }
}
