package org.moralbase.dvb.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.moralbase.choicepair.ChoiceFormat;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairModels;
import org.moralbase.choicepair.ChoicePairRow;
import org.moralbase.dataimport.ImportException;

/**
 * The import of a choice-pair study's items. It lives beside the DVB items page because both share the
 * {@code studies/:id/items} address; it talks only to {@link ChoicePairItems}.
 */
class ChoicePairItemsSection extends Div {

    ChoicePairItemsSection(long studyId, ChoicePairItems pairs, ChoicePairModels models) {
        Select<ChoiceFormat> format = new Select<>();
        format.setLabel("Format");
        format.setItems(ChoiceFormat.values());
        format.setItemLabelGenerator(ChoiceFormat::label);
        format.setValue(ChoiceFormat.GENERIC);
        format.setId("cp-format");
        FileSlot file = new FileSlot("cp-file", "Dataset file", ".csv,.jsonl,.ndjson");
        ImportProblems problems = new ImportProblems("cp-import-problems");
        Grid<ChoicePairRow> grid = new Grid<>();
        grid.addColumn(ChoicePairRow::key).setHeader("Key").setAutoWidth(true);
        grid.addColumn(ChoicePairRow::source).setHeader("Source");
        grid.addColumn(ChoicePairRow::context).setHeader("Context");
        grid.addColumn(ChoicePairRow::optionA).setHeader("Option A");
        grid.addColumn(ChoicePairRow::optionB).setHeader("Option B");
        grid.setId("cp-items-grid");
        grid.setItems(pairs.list(studyId));
        Button load = new Button("Import items", e -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                int stored = pairs.importDataset(studyId, format.getValue(), file.source());
                problems.show("Stored " + stored + " items.", List.of());
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
                + " A model's new file replaces its earlier answers.");
        Button load = new Button("Import model answers", e -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                problems.show("Stored " + models.importAnswers(studyId, file.source()) + " model answers.", List.of());
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), List.of());
            }
        });
        load.setId("cp-model-import");
        add(new H3("Model answers"), help, file, load, problems);
    }
}
