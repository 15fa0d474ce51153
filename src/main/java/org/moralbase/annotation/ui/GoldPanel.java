package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.moralbase.annotation.GoldReport;
import org.moralbase.annotation.GoldService;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;

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
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                show(gold.attachFile(id, DatasetSource.of(meta.fileName(), bytes)));
            } catch (ImportException ex) {
                result.setText("No gold was attached.");
                problems.removeAll();
                ex.messages().forEach(m -> problems.add(new ListItem(m)));
            }
        }))));
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

    /** Shows what became of gold answers (after an item import, too). */
    void show(GoldReport report) {
        result.setText(report.sentence());
        problems.removeAll();
        report.notAttached().forEach(line -> problems.add(new ListItem(line)));
    }
}
