package org.moralbase.utility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Once;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.FileSlot;
import org.moralbase.dataimport.ui.ImportProblems;
import org.moralbase.utility.PublishedSummary;
import org.moralbase.utility.PublishedUtilities;

/**
 * The utilities page's import of published model utilities (an emergent-values {@code results_<model>.json}, decision
 * 0043): a label, the file, the list with a remove button each. {@code changed} runs after an import or a removal.
 */
class PublishedUtilitiesPanel extends Details {

    private final PublishedUtilities published;
    private final long studyId;
    private final Runnable changed;
    private final Grid<PublishedSummary> grid = Grids.oneLinePerRow(new Grid<>());

    PublishedUtilitiesPanel(PublishedUtilities published, long studyId, Runnable changed) {
        this.published = published;
        this.studyId = studyId;
        this.changed = changed;
        setSummaryText("Published model utilities beside the people");
        setId("published-utilities");
        Paragraph help = new Paragraph("A results_<model>.json (or results_utilities_<model>.json) of Mazeika et al.'s"
                + " code, e.g. from their emergent-values data. Its options are matched to this study's outcomes by"
                + " their text; every outcome must be in the file, which may hold more. The published means are put on"
                + " this page's scale (mean 0, SD 1 over the study's outcomes), and its pairs (graph_data), when it has"
                + " them, give the model's majority on the pairs people answered.");
        TextField label = new TextField("Label (optional: from the file name)");
        label.setId("published-label");
        label.setMaxLength(120);
        label.setWidth("min(26em, 100%)");
        FileSlot file = new FileSlot("published-file", "Results file (JSON)", ".json");
        ImportProblems problems = new ImportProblems("published-problems");
        Button load = new Button("Import published utilities");
        load.setId("published-import");
        Once.onClick(load, () -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                PublishedSummary s = published.importFile(studyId, label.getValue(), file.source());
                problems.show(
                        "'" + s.label() + "' imported: " + s.outcomes() + " outcomes of the file's " + s.fileOptions()
                                + ", " + s.edges() + " pairs.",
                        List.of());
                label.clear();
                refreshList();
                changed.run();
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), List.of());
            }
        });
        Grids.names(grid, PublishedSummary::label, "Label");
        grid.addColumn(PublishedSummary::fileName).setHeader("File").setAutoWidth(true);
        grid.addColumn(s -> s.outcomes() + " of " + s.fileOptions())
                .setHeader("Outcomes")
                .setAutoWidth(true);
        grid.addColumn(PublishedSummary::edges).setHeader("Pairs").setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("published-list");
        VerticalLayout body = new VerticalLayout(help, label, file, load, problems, grid);
        body.setPadding(false);
        add(body);
        refreshList();
    }

    private Button removeButton(PublishedSummary s) {
        Button remove = new Button("Remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Remove '" + s.label() + "'?",
                    "Its utilities leave this study's results; the file can be imported again.",
                    "Remove",
                    ok -> {
                        published.remove(studyId, s.label());
                        refreshList();
                        changed.run();
                    });
            confirm.setId("published-remove-dialog");
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return remove;
    }

    private void refreshList() {
        List<PublishedSummary> list = published.list(studyId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
    }
}
