package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Once;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairModels;
import org.moralbase.choicepair.ChoicePairRow;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dataimport.ui.FileSlot;
import org.moralbase.dataimport.ui.ImportProblems;
import org.moralbase.models.ImportSummary;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A choice-pair study's items: the dataset import (all-or-nothing, listing every problem) and the import of
 * model answers to them.
 */
@Route("studies/:id/cp-items")
@PageTitle("Items · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ChoicePairItemsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final ChoicePairItems pairs;
    private final ChoicePairModels models;

    ChoicePairItemsView(StudyService studies, ChoicePairItems pairs, ChoicePairModels models) {
        this.studies = studies;
        this.pairs = pairs;
        this.models = models;
        setId("items-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, ChoicePairKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Items · " + s.title());
        title.setId("items-heading");
        add(title);
        long studyId = s.id();
        Select<FormatChoice> format = new Select<>();
        format.setLabel("Format");
        format.setItems(pairs.formatChoices());
        format.setItemLabelGenerator(FormatChoice::label);
        format.setValue(FormatChoice.DETECT);
        format.setId("cp-format");
        FileSlot file = new FileSlot("cp-file", "Dataset file (CSV or JSON Lines)", ".csv,.jsonl,.ndjson,.json,.txt");
        ImportProblems problems = new ImportProblems("cp-import-problems");
        Grid<ChoicePairRow> grid = Grids.readable(new Grid<>());
        grid.addColumn(ChoicePairRow::key).setHeader("Key").setAutoWidth(true);
        grid.addColumn(ChoicePairRow::source).setHeader("Source");
        grid.addColumn(ChoicePairRow::context).setHeader("Context");
        grid.addColumn(ChoicePairRow::optionA).setHeader("Option A");
        grid.addColumn(ChoicePairRow::optionB).setHeader("Option B");
        grid.setId("cp-items-grid");
        grid.setItems(pairs.list(studyId));
        Button load = new Button("Import items");
        Once.onClick(load, () -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                problems.show(
                        pairs.importDataset(studyId, format.getValue(), file.source())
                                .message(),
                        List.of());
                grid.setItems(pairs.list(studyId));
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), List.of());
            }
        });
        load.setId("cp-import");
        add(new H3("Import"), format, file, load, problems, grid);
        addModelImport(studyId, models);
    }

    // model answers may arrive at any time, also after the study has opened
    private void addModelImport(long studyId, ChoicePairModels models) {
        FileSlot file = new FileSlot("cp-model-file", "Model answers (CSV: item, model, answer[, order])", ".csv");
        ImportProblems problems = new ImportProblems("cp-model-import-problems");
        Paragraph help = new Paragraph("answer names the option by its original label: A, a, option a or 1 for A;"
                + " B, b, option b or 2 for B. Other answers are kept but not scored. order (AB or BA) is optional."
                + " Each model's answers are stored under its entry in the model registry (created when there is"
                + " none yet).");
        Checkbox replace = new Checkbox("Replace answers imported on this study before for the same models");
        replace.setId("cp-model-replace");
        Button load = new Button("Import model answers");
        Once.onClick(load, () -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                ImportSummary stored = models.importAnswers(studyId, file.source(), replace.getValue());
                problems.show(stored.sentence(), List.of());
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), List.of());
            }
        });
        load.setId("cp-model-import");
        add(new H3("Model answers"), help, file, replace, load, problems);
    }
}
