package org.moralbase.dataimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.InputRefusedException;
import org.moralbase.dataimport.LimitedInputStream;

/**
 * The one upload path of every upload target: reads the request body through a byte-counting stream and refuses
 * with our message as soon as the limit ({@link ImportLimits#maxBytes()}) passes, so an oversize body is never
 * read, or held, whole; the browser's own size check is only a courtesy. What was received is handed to the page
 * in {@link UI#access}.
 */
public final class LimitedUpload implements UploadHandler {

    /** Receives an accepted file: its name and where its bytes are. */
    @FunctionalInterface
    public interface Received<T> {
        void accept(String fileName, T content);
    }

    private final long limit;
    private final boolean toTempFile;
    private final Received<Object> received;
    private final Consumer<String> refused;

    @SuppressWarnings("unchecked")
    private LimitedUpload(long limit, boolean toTempFile, Received<?> received, Consumer<String> refused) {
        this.limit = limit;
        this.toTempFile = toTempFile;
        this.received = (Received<Object>) received;
        this.refused = refused;
    }

    /** Keeps an accepted file's bytes (at most the limit) in memory. */
    public static LimitedUpload inMemory(Received<byte[]> received, Consumer<String> refused) {
        return new LimitedUpload(ImportLimits.withDefaults().maxBytes(), false, received, refused);
    }

    /** Writes an accepted file to a temporary file, which the receiver deletes when done. */
    public static LimitedUpload toTempFile(Received<Path> received, Consumer<String> refused) {
        return new LimitedUpload(ImportLimits.withDefaults().maxBytes(), true, received, refused);
    }

    /** The byte limit, for the browser's own check. */
    public long limit() {
        return limit;
    }

    /** An upload component for one file using this handler, the browser told the same limit. */
    public com.vaadin.flow.component.upload.Upload component() {
        com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        Object content;
        try {
            if (event.getFileSize() > limit) { // a declared size over the limit: refused before reading a byte
                throw new InputRefusedException(tooLarge(name));
            }
            content = read(event.getInputStream(), name);
        } catch (InputRefusedException e) {
            event.reject(e.getMessage());
            ui.access(() -> refused.accept(e.getMessage()));
            return;
        }
        ui.access(() -> received.accept(name, content));
    }

    @Override
    public long getRequestSizeMax() {
        return limit + 64 * 1024; // the file and the multipart framing around it
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }

    private Object read(InputStream body, String name) throws IOException {
        try (InputStream in = LimitedInputStream.upload(body, name, limit)) {
            if (!toTempFile) {
                return in.readAllBytes();
            }
            Path file = Files.createTempFile("moralbase-upload-", ".tmp");
            try {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException | UncheckedIOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
    }

    private String tooLarge(String name) {
        return LimitedInputStream.upload(InputStream.nullInputStream(), name, limit)
                .refusal();
    }
}
