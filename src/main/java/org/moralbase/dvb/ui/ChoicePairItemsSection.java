package org.moralbase.dvb.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.moralbase.choicepair.ChoiceFormat;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairRow;
import org.moralbase.dataimport.ImportException;

/**
 * The import of a choice-pair study's items. It lives beside the DVB items page because both share the
 * {@code studies/:id/items} address; it talks only to {@link ChoicePairItems}.
 */
class ChoicePairItemsSection extends Div {

    ChoicePairItemsSection(long studyId, ChoicePairItems pairs) {
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
    }
}
