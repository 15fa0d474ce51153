package org.moralbase.study.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.List;
import org.moralbase.study.StudyExport;

/**
 * A study's downloads as links ({@code export-<name>}); each file is written when its link is clicked, so an
 * audited export runs only on a click. The study page and the kinds' results pages show the same list.
 */
public final class StudyDownloads extends HorizontalLayout {

    /** The links of these exports. */
    public StudyDownloads(List<StudyExport> exports) {
        setId("study-downloads");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        exports.forEach(e -> add(link(e)));
        setVisible(!exports.isEmpty());
    }

    /** One export's link. */
    public static Anchor link(StudyExport export) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(export.fileName());
                    event.setContentType(export.contentType() + ";charset=UTF-8");
                    try (OutputStream out = event.getOutputStream()) {
                        export.writer().write(out);
                    }
                },
                export.label());
        anchor.setId("export-" + export.name());
        return anchor;
    }
}
