package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.moralbase.annotation.AssignmentService;
import org.moralbase.annotation.WorkBrief;
import org.moralbase.base.Roles;

/** The annotator's home: the projects they were invited to, with their progress. */
@Route("annotate")
@PageTitle("Annotate · Moralbase")
@Menu(order = 30, title = "Annotate")
@RolesAllowed({Roles.ANNOTATOR, Roles.ADMIN})
class AnnotateView extends VerticalLayout {

    AnnotateView(AssignmentService work) {
        setId("annotate-view");
        add(new H2("Your annotation projects"));
        List<WorkBrief> projects = work.myProjects();
        if (projects.isEmpty()) {
            add(new Paragraph("No project yet: a researcher has to invite you by your username."));
        }
        for (WorkBrief p : projects) {
            WorkBrief.Progress progress = p.progress();
            String mine = progress.mine() + (progress.myCap() == null ? "" : " of at most " + progress.myCap())
                    + " items labelled by you";
            Button open = new Button("Start", e -> getUI().ifPresent(ui ->
                    ui.navigate(AnnotateItemView.class, new RouteParameters("project", Long.toString(p.projectId())))));
            open.setId("open-project-" + p.projectId());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div card = new Div(
                    new H2(p.title()),
                    new Span(mine),
                    new Paragraph(
                            "Project: " + progress.projectDone() + " / " + progress.projectTarget() + " judgements"),
                    open);
            card.addClassName("mb-card");
            card.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("padding", "var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            add(card);
        }
    }
}
