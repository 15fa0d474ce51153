package org.moralbase.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A link that downloads a text file (UTF-8) made when it is clicked, so an audited export runs only on a click. */
public final class TextDownload {

    private TextDownload() {}

    /**
     * @param fileName ending in {@code .csv} (text/csv) or anything else (JSON Lines, application/x-ndjson)
     * @param content makes the file; called on every click
     */
    public static Anchor link(String id, String text, String fileName, Supplier<String> content) {
        String type = fileName.endsWith(".csv") ? "text/csv" : "application/x-ndjson";
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                text);
        anchor.setId(id);
        return anchor;
    }
}
