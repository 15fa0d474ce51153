package org.moralbase.annotation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.LongFunction;
import org.moralbase.annotation.AnnotationExportService;
import org.moralbase.annotation.SourceFormatOption;

/** Download links for the validated dataset and the long-format judgements; each download is audited. */
class ExportPanel extends VerticalLayout {

    private final AnnotationExportService export;
    private final long projectId;
    private final Div sourceLinks = new Div();

    ExportPanel(AnnotationExportService export, long projectId) {
        this.export = export;
        this.projectId = projectId;
        setId("export-panel");
        sourceLinks.setId("source-format-links");
        add(
                new Paragraph("Validated dataset: the items in the generic CSV format with their metadata, then per "
                        + "question the final label, who decided it, the majority share and the number of ratings."),
                link(
                        "download-dataset",
                        "Download validated dataset (CSV)",
                        "annotation-" + projectId + "-dataset.csv",
                        export::datasetCsv,
                        projectId),
                new Paragraph("All judgements in long format: item, rater, question, value, time_ms, submitted_at."),
                link(
                        "download-judgements",
                        "Download all judgements (CSV)",
                        "annotation-" + projectId + "-judgements.csv",
                        export::judgementsCsv,
                        projectId),
                new Paragraph("In the source format: the items as they were in the imported file, with the final "
                        + "labels added (CSV columns label_<question>, JSON field labels); the same importer reads "
                        + "them back."),
                sourceLinks);
        refresh();
    }

    /** One link per format the project's items came in; called when the tab opens, after new imports. */
    void refresh() {
        sourceLinks.removeAll();
        for (SourceFormatOption format : export.sourceFormats(projectId)) {
            String name = format.formatId().toLowerCase(Locale.ROOT).replace('_', '-');
            Anchor link = link(
                    "download-source-" + name,
                    "Download " + format.label() + " with labels",
                    "annotation-" + projectId + "-" + name + format.extension(),
                    id -> export.sourceFormatExport(id, format.formatId()),
                    projectId);
            sourceLinks.add(new Div(link));
        }
    }

    private static Anchor link(String id, String text, String fileName, LongFunction<String> csv, long projectId) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.apply(projectId).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
                }),
                text);
        anchor.setId(id);
        return anchor;
    }
}
