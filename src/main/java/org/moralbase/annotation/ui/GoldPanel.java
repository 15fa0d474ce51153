package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import org.moralbase.annotation.GoldReport;
import org.moralbase.annotation.GoldService;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.LimitedUpload;

/** Gold answers: attach those stored with the items once their questions exist, or from a gold file; with a report. */
class GoldPanel extends VerticalLayout {

    private final Paragraph result = new Paragraph();
    private final UnorderedList problems = new UnorderedList();

    GoldPanel(GoldService gold, long id) {
        setPadding(false);
        setId("gold-panel");
        result.setId("gold-result");
        problems.setId("gold-problems");
        Button attach = new Button("Attach gold", e -> show(gold.attach(id)));
        attach.setId("attach-gold");
        Upload upload = LimitedUpload.inMemory(
                        (fileName, bytes) -> {
                            try {
                                show(gold.attachFile(id, DatasetSource.of(fileName, bytes)));
                            } catch (ImportException ex) {
                                refuse(ex.messages());
                            }
                        },
                        message -> refuse(java.util.List.of(message)))
                .component();
        upload.setId("gold-upload");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Gold file (CSV: id, gold_<question code>, …)"));
        add(
                new Paragraph("A column gold_<question code> holds that question's gold answer. Gold given before "
                        + "its question existed stays with the item: add the question, then press \"Attach gold\". "
                        + "A gold file attaches or replaces gold of items already here."),
                attach,
                upload,
                result,
                problems);
    }

    private void refuse(java.util.List<String> messages) {
        result.setText("No gold was attached.");
        problems.removeAll();
        messages.forEach(m -> problems.add(new ListItem(m)));
    }

    /** Shows what became of gold answers (after an item import, too). */
    void show(GoldReport report) {
        result.setText(report.sentence());
        problems.removeAll();
        report.notAttached().forEach(line -> problems.add(new ListItem(line)));
    }
}
