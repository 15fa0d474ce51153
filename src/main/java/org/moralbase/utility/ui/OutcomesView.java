package org.moralbase.utility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Once;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.FileSlot;
import org.moralbase.dataimport.ui.ImportProblems;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;
import org.moralbase.utility.OutcomeSummary;
import org.moralbase.utility.UtilityKind;
import org.moralbase.utility.UtilityOutcomes;

/** A utility study's outcomes: the import (all-or-nothing, listing every problem) and the list. */
@Route("studies/:id/ut-outcomes")
@PageTitle("Outcomes · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class OutcomesView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final UtilityOutcomes outcomes;

    OutcomesView(StudyService studies, UtilityOutcomes outcomes) {
        this.studies = studies;
        this.outcomes = outcomes;
        setId("ut-outcomes-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, UtilityKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Outcomes · " + s.title());
        title.setId("items-heading");
        add(title);
        long studyId = s.id();
        Paragraph help = new Paragraph("A CSV with the columns id, description and optionally category, or the"
                + " options_hierarchical.json of Mazeika et al.'s code (each category a list of outcome texts). The"
                + " format is read from the file.");
        FileSlot file = new FileSlot("ut-file", "Outcomes file (CSV or JSON)", ".csv,.json,.txt");
        ImportProblems problems = new ImportProblems("ut-import-problems");
        Grid<OutcomeSummary> grid = Grids.readable(new Grid<>());
        grid.addColumn(OutcomeSummary::key).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutcomeSummary::category)
                .setHeader("Category")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutcomeSummary::description).setHeader("Outcome").setFlexGrow(1);
        grid.setId("ut-outcomes-grid");
        grid.setItems(outcomes.list(studyId));
        Button load = new Button("Import outcomes");
        Once.onClick(load, () -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                int n = outcomes.importOutcomes(studyId, file.source());
                problems.show(n + " outcomes imported from " + file.source().name() + ".", List.of());
                grid.setItems(outcomes.list(studyId));
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), List.of());
            }
        });
        load.setId("ut-import");
        add(new H3("Import"), help, file, load, problems, grid);
    }
}
