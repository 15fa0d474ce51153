package org.moralbase.study.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.moralbase.base.Roles;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/** Recruitment of any study kind: where participants come from, the target, and the links to hand out. */
@Route("studies/:id/recruitment")
@PageTitle("Recruitment · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class RecruitmentView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;

    RecruitmentView(StudyService studies) {
        this.studies = studies;
        setId("recruitment-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        H2 title = new H2(study.title());
        title.setId("study-heading");
        Anchor back = new Anchor("studies/" + study.id(), "← Study");
        back.setId("back-to-study");
        // recruitment may change at any time, unlike the kind's settings: it does not shape the items
        add(back, title, new RecruitmentForm(study, studies, ServerAddress.current(), this::show));
    }
}
