package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/** The researcher's home: the studies they own or that are shared with them. */
@Route("studies")
@PageTitle("Studies · Moralbase")
@Menu(order = 10, title = "Studies")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class StudiesView extends VerticalLayout {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    StudiesView(StudyService studies, StudyKinds kinds) {
        setId("studies-view");
        Grid<StudySummary> grid = new Grid<>();
        grid.setId("studies-grid");
        Grids.readable(grid);
        Grids.names(grid, StudySummary::title, "Title");
        grid.addColumn(s -> kinds.label(s.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(s -> s.status().label() + (s.archived() ? " · Archived" : ""))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(StudySummary::ownerName).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(s -> DATE.format(s.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.setItems(query -> studies.list(query.getOffset(), query.getLimit()).stream());
        Checkbox archived = new Checkbox("Show archived studies instead");
        archived.setId("studies-show-archived");
        archived.addValueChangeListener(e -> grid.setItems(query -> (e.getValue()
                        ? studies.listArchived(query.getOffset(), query.getLimit())
                        : studies.list(query.getOffset(), query.getLimit()))
                .stream()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(StudyView.class, StudyView.params(e.getItem().id()))));

        Button create = new Button("New study", e -> new NewStudyDialog(studies, kinds, created -> getUI().ifPresent(
                                ui -> ui.navigate(StudyView.class, StudyView.params(created.id()))))
                .open());
        create.setId("new-study");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(create, archived);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2("Studies"), actions, grid);
        setSizeFull();
    }
}
