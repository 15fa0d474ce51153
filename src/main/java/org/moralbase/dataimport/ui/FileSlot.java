package org.moralbase.dataimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;

/**
 * One file to upload: keeps the bytes in memory until the researcher presses Import, so nothing is stored
 * before every file of an import is there.
 */
public class FileSlot extends Div {

    private DatasetSource source;

    public FileSlot(String id, String label, String accept) {
        setId(id);
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            DatasetSource received = DatasetSource.of(meta.fileName(), bytes);
            UI ui = getUI().orElse(null);
            if (ui != null) {
                ui.access(() -> source = received);
            } else {
                source = received;
            }
        }));
        upload.setAcceptedFileTypes(accept);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, ImportLimits.withDefaults().maxBytes()));
        upload.setId(id + "-upload");
        upload.addFileRemovedListener(e -> source = null);
        Span name = new Span(label);
        name.addClassName("mb-muted");
        add(name, upload);
    }

    /** The uploaded file, or null. */
    public DatasetSource source() {
        return source;
    }
}
