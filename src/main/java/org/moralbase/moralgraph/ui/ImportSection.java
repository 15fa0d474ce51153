package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import org.moralbase.base.ui.Once;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.FileSlot;
import org.moralbase.dataimport.ui.ImportProblems;

/** A file, its import button (acting once) and the outcome: what was imported, or every problem named. */
class ImportSection extends Div {

    ImportSection(
            String id, String label, String action, String accept, SerializableFunction<DatasetSource, String> load) {
        FileSlot file = new FileSlot(id + "-file", label, accept);
        ImportProblems problems = new ImportProblems(id + "-problems");
        Button button = new Button(action);
        button.setId(id + "-import");
        Once.onClick(button, () -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                String done = load.apply(file.source());
                problems.show("Imported from " + file.source().name() + ": " + done + ".", List.of());
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), List.of());
            }
        });
        add(file, button, problems);
    }
}
