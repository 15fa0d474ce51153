package org.moralbase.dataimport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.moralbase.dataimport.DatasetSource;

/**
 * One file to upload: keeps the bytes (at most the upload limit, refused while streaming past it) in memory until
 * the researcher presses Import, so nothing is stored before every file of an import is there.
 */
public class FileSlot extends Div {

    private final Span refusal = new Span();
    private DatasetSource source;

    public FileSlot(String id, String label, String accept) {
        setId(id);
        refusal.setId(id + "-refused");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Upload upload = LimitedUpload.inMemory(
                        (fileName, bytes) -> {
                            refusal.setText("");
                            source = DatasetSource.of(fileName, bytes);
                        },
                        message -> {
                            source = null;
                            refusal.setText(message);
                        })
                .component();
        upload.setAcceptedFileTypes(accept);
        upload.setId(id + "-upload");
        upload.addFileRemovedListener(e -> source = null);
        Span name = new Span(label);
        name.addClassName("mb-muted");
        add(name, upload, refusal);
    }

    /** The uploaded file, or null. */
    public DatasetSource source() {
        return source;
    }
}
