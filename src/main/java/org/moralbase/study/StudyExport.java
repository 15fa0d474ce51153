package org.moralbase.study;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file a researcher can download from a study: shown on the study page and on the kind's results page, each as a
 * link with the id {@code export-<name>}. The writer runs when the link is clicked, as the signed-in researcher, so
 * the service behind it checks access and audits the export.
 *
 * @param name a short stable name, e.g. "shared-responses"
 * @param label the link's text
 * @param fileName the downloaded file's name
 * @param contentType e.g. {@code text/csv}
 * @param writer writes the file
 */
public record StudyExport(String name, String label, String fileName, String contentType, Writer writer) {

    /** Writes one study's file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A CSV file. */
    public static StudyExport csv(String name, String label, String fileName, Writer writer) {
        return new StudyExport(name, label, fileName, "text/csv", writer);
    }

    /** A file made as one string (UTF-8). */
    public static StudyExport text(
            String name, String label, String fileName, String contentType, java.util.function.Supplier<String> text) {
        return new StudyExport(
                name,
                label,
                fileName,
                contentType,
                out -> out.write(text.get().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
