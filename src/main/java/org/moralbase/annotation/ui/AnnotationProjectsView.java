package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.moralbase.annotation.AnnotationProjectService;
import org.moralbase.annotation.ProjectSummary;
import org.moralbase.annotation.ProjectTemplate;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Grids;

/** The researcher's annotation projects, and a new one from a template. */
@Route("annotation-projects")
@PageTitle("Annotation projects · Moralbase")
@Menu(order = 20, title = "Annotation projects")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class AnnotationProjectsView extends VerticalLayout {

    AnnotationProjectsView(AnnotationProjectService projects) {
        setId("annotation-projects-view");
        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("annotation-projects-grid");
        Grids.readable(grid);
        Grids.names(grid, ProjectSummary::title, "Title");
        grid.addColumn(ProjectSummary::items).setHeader("Items").setAutoWidth(true);
        grid.addColumn(p -> p.settings().judgementsPerItem()).setHeader("k").setAutoWidth(true);
        grid.addColumn(p -> p.judgements() + " / " + p.items() * p.settings().judgementsPerItem())
                .setHeader("Judgements")
                .setAutoWidth(true);
        grid.setItems(projects.list());
        grid.addItemClickListener(e -> open(e.getItem().id()));

        TextField title = new TextField();
        title.setPlaceholder("Title of a new project");
        title.setId("new-project-title");
        Select<ProjectTemplate> template = new Select<>();
        template.setItems(ProjectTemplate.values());
        template.setItemLabelGenerator(ProjectTemplate::label);
        template.setId("new-project-template");
        Form<NewProject> form =
                new Form<>(NewProject.class).text(title, "title", "Title").bind(template, "template", "Template");
        form.read(new NewProject(null, ProjectTemplate.BLANK));
        Button create = new Button("Create project");
        String requestKey = UUID.randomUUID().toString(); // one per opening of the page: a replay finds its project
        form.submitOn(create, p -> projects.create(p.title(), p.template(), requestKey), created -> open(created.id()));
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(title, template, create);
        row.setAlignItems(Alignment.BASELINE);
        add(new H2("Annotation projects"), row, grid);
        setSizeFull();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(AnnotationProjectView.class, AnnotationProjectView.params(id)));
    }
}
